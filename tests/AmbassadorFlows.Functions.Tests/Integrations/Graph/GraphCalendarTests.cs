using System.Text.Json;
using AmbassadorFlows.Functions.Integrations;
using AmbassadorFlows.Functions.Integrations.Graph;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using AmbassadorFlows.Workflows.Ports;
using WireMock.RequestBuilders;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace AmbassadorFlows.Functions.Tests.Integrations.Graph;

public sealed class GraphCalendarTests : IDisposable
{
    private const string Events = "/v1.0/users/meetings@contoso.com/events";
    private readonly GraphFake _graph = new();

    public void Dispose() => _graph.Dispose();

    private static MeetingSeries Series => new(
        "cohort-42",
        "Ambassador monthly",
        "Successes, challenges, asks",
        new EmailAddress("owner@contoso.com", "HR Owner"),
        [new EmailAddress("ann@contoso.com", "Ann"), new EmailAddress("bo@contoso.com")],
        new DateTimeOffset(2026, 1, 29, 16, 0, 0, TimeSpan.Zero),
        TimeSpan.FromMinutes(45),
        DayOfWeek.Thursday,
        5,
        6,
        "Teams");

    [Fact]
    public async Task ScheduleSeriesAsync_NewSeries_PostsMonthlyRecurringEventWithTransactionId()
    {
        GivenNoExistingSeries();
        _graph.Server.Given(Request.Create().WithPath(Events).UsingPost())
            .RespondWith(WmResponse.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"id":"ev-1"}"""));

        var id = await Calendar().ScheduleSeriesAsync(Series);

        Assert.Equal("ev-1", id);
        var post = Assert.Single(_graph.Requests("POST", Events));
        using var doc = JsonDocument.Parse(post.Body!);
        var e = doc.RootElement;
        Assert.Equal(DeterministicGuid.Create(DeterministicGuid.CalendarNamespace, "cohort-42").ToString(), e.GetProperty("transactionId").GetString());
        Assert.Equal("Ambassador monthly", e.GetProperty("subject").GetString());
        Assert.Equal("2026-01-29T16:00:00", e.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", e.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("2026-01-29T16:45:00", e.GetProperty("end").GetProperty("dateTime").GetString());
        var pattern = e.GetProperty("recurrence").GetProperty("pattern");
        Assert.Equal("relativeMonthly", pattern.GetProperty("type").GetString());
        Assert.Equal(1, pattern.GetProperty("interval").GetInt32());
        Assert.Equal(["thursday"], pattern.GetProperty("daysOfWeek").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("last", pattern.GetProperty("index").GetString());
        Assert.False(pattern.TryGetProperty("dayOfMonth", out _));
        var range = e.GetProperty("recurrence").GetProperty("range");
        Assert.Equal("numbered", range.GetProperty("type").GetString());
        Assert.Equal("2026-01-29", range.GetProperty("startDate").GetString());
        Assert.Equal(6, range.GetProperty("numberOfOccurrences").GetInt32());
        Assert.Equal("UTC", range.GetProperty("recurrenceTimeZone").GetString());
        Assert.Equal(
            ["ann@contoso.com", "bo@contoso.com", "owner@contoso.com"],
            e.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()));
        Assert.All(e.GetProperty("attendees").EnumerateArray(), a => Assert.Equal("required", a.GetProperty("type").GetString()));
        var property = e.GetProperty("singleValueExtendedProperties")[0];
        Assert.Equal(GraphCalendar.SeriesIdProperty, property.GetProperty("id").GetString());
        Assert.Equal("cohort-42", property.GetProperty("value").GetString());
        var lookup = GraphFake.Query(Assert.Single(_graph.Requests("GET", Events)));
        Assert.Contains($"ep/id eq '{GraphCalendar.SeriesIdProperty}' and ep/value eq 'cohort-42'", lookup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ScheduleSeriesAsync_OnlineMeetingAsked_PostsATeamsMeetingOnlyThen(bool online)
    {
        GivenNoExistingSeries();
        _graph.Server.Given(Request.Create().WithPath(Events).UsingPost())
            .RespondWith(WmResponse.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"id":"ev-1"}"""));

        await Calendar().ScheduleSeriesAsync(Series with { OnlineMeeting = online });

        using var doc = JsonDocument.Parse(Assert.Single(_graph.Requests("POST", Events)).Body!);
        var e = doc.RootElement;
        Assert.Equal(online, e.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal(online ? "teamsForBusiness" : null, e.TryGetProperty("onlineMeetingProvider", out var provider) && provider.ValueKind == JsonValueKind.String ? provider.GetString() : null);
        Assert.Equal("Teams", e.GetProperty("location").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task ScheduleSeriesAsync_SeriesAlreadyCreated_ReturnsItWithoutPosting()
    {
        GivenExistingSeries("ev-existing");

        var id = await Calendar().ScheduleSeriesAsync(Series);

        Assert.Equal("ev-existing", id);
        Assert.Empty(_graph.Requests("POST", Events));
    }

    [Fact]
    public async Task CancelOccurrenceAsync_Date_FindsInstanceThatDayAndCancelsIt()
    {
        GivenExistingSeries("ev-1");
        _graph.Server.Given(Request.Create().WithPath($"{Events}/ev-1/instances").UsingGet())
            .RespondWith(WmResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"value":[{"id":"inst-mar","isCancelled":false,"start":{"dateTime":"2026-03-26T16:00:00.0000000","timeZone":"UTC"}}]}"""));
        _graph.Server.Given(Request.Create().WithPath($"{Events}/inst-mar/cancel").UsingPost()).RespondWith(WmResponse.Create().WithStatusCode(202));

        await Calendar().CancelOccurrenceAsync("cohort-42", new DateOnly(2026, 3, 26));

        var instances = GraphFake.Query(Assert.Single(_graph.Requests("GET", $"{Events}/ev-1/instances")));
        Assert.Contains("startDateTime=2026-03-26T00:00:00.0000000+00:00", instances, StringComparison.Ordinal);
        Assert.Contains("endDateTime=2026-03-27T00:00:00.0000000+00:00", instances, StringComparison.Ordinal);
        var cancel = Assert.Single(_graph.Requests("POST", $"{Events}/inst-mar/cancel"));
        using var doc = JsonDocument.Parse(cancel.Body!);
        // SDK 5.x writes action bodies with PascalCase keys; Graph matches them case-insensitively.
        Assert.Contains(doc.RootElement.EnumerateObject(), p => p.Name.Equals("comment", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(_graph.Requests("POST", $"{Events}/ev-1/cancel"));
    }

    [Fact]
    public async Task CancelSeriesAsync_Existing_CancelsTheSeriesMaster()
    {
        GivenExistingSeries("ev-1");
        _graph.Server.Given(Request.Create().WithPath($"{Events}/ev-1/cancel").UsingPost()).RespondWith(WmResponse.Create().WithStatusCode(202));

        await Calendar().CancelSeriesAsync("cohort-42");

        Assert.Single(_graph.Requests("POST", $"{Events}/ev-1/cancel"));
    }

    [Fact]
    public async Task CancelSeriesAsync_NotFound_DoesNothing()
    {
        GivenNoExistingSeries();

        await Calendar().CancelSeriesAsync("cohort-42");

        Assert.DoesNotContain(_graph.Server.LogEntries, e => e.RequestMessage.Method == "POST");
    }

    private GraphCalendar Calendar() => new(_graph.Client(), _graph.Options);

    private void GivenNoExistingSeries() =>
        _graph.Server.Given(Request.Create().WithPath(Events).UsingGet())
            .RespondWith(WmResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"value":[]}"""));

    private void GivenExistingSeries(string id) =>
        _graph.Server.Given(Request.Create().WithPath(Events).UsingGet())
            .RespondWith(WmResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"value":[{"id":"{{id}}","subject":"Ambassador monthly","isCancelled":false}]}"""));
}
