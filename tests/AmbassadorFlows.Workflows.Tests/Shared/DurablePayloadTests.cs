using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Converters;

namespace AmbassadorFlows.Workflows.Tests.Shared;

/// <summary>Inputs, outputs, events and custom status go through the SDK's converter (as in Azure),
/// not the web options the pages use: they must come back whole, and outcomes as words.</summary>
public sealed class DurablePayloadTests
{
    private static T RoundTrip<T>(T value) => JsonDataConverter.Default.Deserialize<T>(JsonDataConverter.Default.Serialize(value))!;

    [Fact]
    public void JourneyInput_ThroughTheSdkConverter_KeepsTheWholeProgramme()
    {
        var programme = ProgrammeCatalog.LoadEmbedded().Get("mobility-ambassadors");
        var input = new JourneyInput("c1", "E005", "E002", programme, new DateTime(2026, 2, 5, 11, 0, 0, DateTimeKind.Utc));

        var back = RoundTrip(input);

        Assert.Equal(JsonDataConverter.Default.Serialize(input), JsonDataConverter.Default.Serialize(back));
        Assert.Equal((programme.AgreementVersion, DayOfWeek.Thursday, DateTimeKind.Utc), (back.Programme.AgreementVersion, back.Programme.Meetings.DayOfWeek, back.TermStart.Kind));
        Assert.Equal(programme.Name.In("fr"), back.Programme.Name.In("FR")); // languages stay case-insensitive
    }

    [Fact]
    public void OutgoingMessage_ThroughTheSdkConverter_KeepsItsKeyAndModel()
    {
        var message = new OutgoingMessage(new Person("E005", "Mette", "mette@contoso.example", "da"), MessageTemplates.Welcome,
            new MessageModel().With("programme", LocalizedText.Of("en", "Mobility")).WithDate("termEnd", new DateTime(2027, 2, 5, 0, 0, 0, DateTimeKind.Utc)))
        {
            IdempotencyKey = "c1:journey:E005:ended",
        };

        var back = RoundTrip(message);

        Assert.Equal("c1:journey:E005:ended", back.IdempotencyKey);
        Assert.Equal(message.Model.Resolve("da"), back.Model.Resolve("da"));
    }

    [Fact]
    public void CohortResult_ThroughTheSdkConverter_CarriesOutcomesAsWords()
    {
        var result = new CohortResult("c1", "mobility-ambassadors@v1", CohortOutcome.Completed, 1,
            [new JourneyResult("E005", JourneyOutcome.SteppedDown, 1, "mobility-ambassadors@v1", DateTime.UnixEpoch)], 12);

        var json = JsonDataConverter.Default.Serialize(result);

        Assert.Contains("\"Completed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"SteppedDown\"", json, StringComparison.Ordinal);
        Assert.Equal(JourneyOutcome.SteppedDown, Assert.Single(RoundTrip(result).Journeys).Outcome);
    }
}
