using System.Text.Json;
using AmbassadorFlows.Functions.Azure;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.DurableTask.Converters;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>In Azure the Durable payloads go through the worker's serializer; it must write what the
/// SDK's JsonDataConverter.Default writes locally, or the two modes would not read each other's history.</summary>
public sealed class DurablePayloadSerializerTests
{
    public static TheoryData<object> Payloads => new()
    {
        new CohortRequest("cohort-1", "work-community-ambassadors", "E300", "all-staff", ["E100", "E101"], 2, new DateOnly(2026, 4, 1)),
        new JourneyResult("E100", JourneyOutcome.SteppedDown, 1, "v1", new DateTime(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc)),
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void DurablePayloadOptions_Payload_SerializesAsTheSdkConverter(object payload)
    {
        Assert.Equal(JsonDataConverter.Default.Serialize(payload), JsonSerializer.Serialize(payload, payload.GetType(), AzureWorker.DurablePayloadOptions));
    }

    [Fact]
    public void DurablePayloadOptions_WrittenResult_ReadsBackThroughTheSdkConverter()
    {
        var result = new JourneyResult("E100", JourneyOutcome.Withdrawn, 2, null, DateTime.UnixEpoch);

        var written = JsonSerializer.Serialize(result, AzureWorker.DurablePayloadOptions);

        Assert.Equal(result, JsonDataConverter.Default.Deserialize<JourneyResult>(written));
    }
}
