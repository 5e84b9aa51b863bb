using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace AmbassadorFlows.Functions.Integrations.Graph;

/// <summary><see cref="ICalendar"/> over Microsoft Graph events in <see cref="GraphOptions.CalendarMailbox"/>.
/// Idempotent twice over: the series is tagged with an extended property holding its id (looked up
/// before creating, and used to find it for cancellation), and the POST carries a transactionId
/// derived from the series id, so a retried POST is not created twice.</summary>
public sealed class GraphCalendar(GraphServiceClient graph, GraphOptions options) : ICalendar
{
    /// <summary>A named MAPI property in our own property set.</summary>
    internal const string SeriesIdProperty = "String {6c0b6f51-1f0e-4c59-9e3b-6d7a8f2c4b1e} Name AmbassadorFlowsSeriesId";

    private string Mailbox => options.CalendarMailbox is { Length: > 0 } mailbox
        ? mailbox
        : throw new InvalidOperationException("Graph:CalendarMailbox is not configured.");

    public async Task<string> ScheduleSeriesAsync(MeetingSeries series, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        MonthlyRecurrence.Validate(series);
        var existing = await FindSeriesAsync(series.SeriesId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var created = await graph.Users[Mailbox].Events.PostAsync(ToEvent(series, Mailbox), cancellationToken: cancellationToken).ConfigureAwait(false);
        return created?.Id ?? throw new InvalidOperationException($"Graph returned no event id for series '{series.SeriesId}'.");
    }

    public async Task CancelOccurrenceAsync(string seriesId, DateOnly date, CancellationToken cancellationToken = default)
    {
        foreach (var instance in await OccurrencesAsync(seriesId, date, cancellationToken).ConfigureAwait(false))
        {
            if (instance.Id is { } id && instance.IsCancelled != true)
            {
                await CancelAsync(id, "This meeting is cancelled.", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Patches the occurrence's start and end (Graph then keeps it as an exception of the
    /// series and sends attendees the update). The occurrence is found by its original date: Graph
    /// lists an exception under the day it was planned on only until moved, so a repeat finds nothing
    /// there or the moved one, and patching the same times again changes nothing.</summary>
    public async Task MoveOccurrenceAsync(string seriesId, DateOnly date, DateTimeOffset newStartUtc, CancellationToken cancellationToken = default)
    {
        foreach (var instance in await OccurrencesAsync(seriesId, date, cancellationToken).ConfigureAwait(false))
        {
            if (instance.Id is not { } id || instance.IsCancelled == true)
            {
                continue;
            }

            var duration = TimeSpan.FromHours(1);
            if (instance.Start?.DateTime is { } s && instance.End?.DateTime is { } e
                && DateTime.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var from)
                && DateTime.TryParse(e, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var to) && to > from)
            {
                duration = to - from;
            }

            var start = newStartUtc.UtcDateTime;
            await graph.Users[Mailbox].Events[id].PatchAsync(
                new Event
                {
                    Start = new DateTimeTimeZone { DateTime = start.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" },
                    End = new DateTimeTimeZone { DateTime = (start + duration).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" },
                },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<Event>> OccurrencesAsync(string seriesId, DateOnly date, CancellationToken cancellationToken)
    {
        var masterId = await FindSeriesAsync(seriesId, cancellationToken).ConfigureAwait(false);
        if (masterId is null)
        {
            return []; // never created, or the whole series is already cancelled
        }

        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var instances = await graph.Users[Mailbox].Events[masterId].Instances.GetAsync(
            rc =>
            {
                rc.QueryParameters.StartDateTime = from.ToString("o", System.Globalization.CultureInfo.InvariantCulture);
                rc.QueryParameters.EndDateTime = from.AddDays(1).ToString("o", System.Globalization.CultureInfo.InvariantCulture);
                rc.QueryParameters.Select = ["id", "start", "end", "isCancelled"];
            },
            cancellationToken).ConfigureAwait(false);
        return instances?.Value ?? [];
    }

    public async Task CancelSeriesAsync(string seriesId, CancellationToken cancellationToken = default)
    {
        var masterId = await FindSeriesAsync(seriesId, cancellationToken).ConfigureAwait(false);
        if (masterId is not null)
        {
            await CancelAsync(masterId, "This meeting series is cancelled.", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The Graph body for a series. Only the recurrence properties relativeMonthly uses are
    /// set: Graph rejects extra ones. Times are UTC, matching the .ics invite.</summary>
    internal static Event ToEvent(MeetingSeries series, string mailbox)
    {
        var start = series.FirstStartUtc.UtcDateTime;
        var attendees = series.Attendees
            .Select(a => new Attendee { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = a.Address, Name = a.DisplayName }, Type = AttendeeType.Required })
            .ToList();
        // The mailbox is the organizer; the programme's own organizer still gets the meeting.
        if (!series.Organizer.Address.Equals(mailbox, StringComparison.OrdinalIgnoreCase)
            && !series.Attendees.Any(a => a.Address.Equals(series.Organizer.Address, StringComparison.OrdinalIgnoreCase)))
        {
            attendees.Add(new Attendee
            {
                EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = series.Organizer.Address, Name = series.Organizer.DisplayName },
                Type = AttendeeType.Required,
            });
        }

        return new Event
        {
            Subject = series.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = series.Description },
            Start = new DateTimeTimeZone { DateTime = start.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" },
            End = new DateTimeTimeZone { DateTime = (start + series.Duration).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" },
            Location = series.Location is { Length: > 0 } location ? new Location { DisplayName = location } : null,
            // Graph creates the Teams meeting and puts its join link in the invitation it sends.
            IsOnlineMeeting = series.OnlineMeeting,
            OnlineMeetingProvider = series.OnlineMeeting ? OnlineMeetingProviderType.TeamsForBusiness : null,
            Attendees = attendees,
            ResponseRequested = true,
            TransactionId = TransactionIdFor(series.SeriesId),
            Recurrence = new PatternedRecurrence
            {
                Pattern = new RecurrencePattern
                {
                    Type = RecurrencePatternType.RelativeMonthly,
                    Interval = 1,
                    DaysOfWeek = [ToGraph(series.DayOfWeek)],
                    Index = series.WeekOfMonth switch
                    {
                        1 => WeekIndex.First,
                        2 => WeekIndex.Second,
                        3 => WeekIndex.Third,
                        4 => WeekIndex.Fourth,
                        _ => WeekIndex.Last,
                    },
                },
                Range = new RecurrenceRange
                {
                    Type = RecurrenceRangeType.Numbered,
                    StartDate = new Date(start.Year, start.Month, start.Day),
                    NumberOfOccurrences = series.Occurrences,
                    RecurrenceTimeZone = "UTC",
                },
            },
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = SeriesIdProperty, Value = series.SeriesId }],
        };
    }

    internal static string TransactionIdFor(string seriesId) =>
        DeterministicGuid.Create(DeterministicGuid.CalendarNamespace, seriesId).ToString("D");

    private async Task<string?> FindSeriesAsync(string seriesId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seriesId);
        var escaped = seriesId.Replace("'", "''", StringComparison.Ordinal);
        var page = await graph.Users[Mailbox].Events.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{SeriesIdProperty}' and ep/value eq '{escaped}')";
                rc.QueryParameters.Select = ["id", "subject", "isCancelled"];
                rc.QueryParameters.Top = 1;
            },
            cancellationToken).ConfigureAwait(false);
        return page?.Value?.FirstOrDefault(e => e.IsCancelled != true)?.Id;
    }

    private async Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Users[Mailbox].Events[eventId].Cancel.PostAsync(
                new Microsoft.Graph.Users.Item.Events.Item.Cancel.CancelPostRequestBody { Comment = comment },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Already gone: a retried cancel is a no-op.
        }
    }

    private static Microsoft.Graph.Models.DayOfWeekObject ToGraph(System.DayOfWeek day) => day switch
    {
        System.DayOfWeek.Monday => Microsoft.Graph.Models.DayOfWeekObject.Monday,
        System.DayOfWeek.Tuesday => Microsoft.Graph.Models.DayOfWeekObject.Tuesday,
        System.DayOfWeek.Wednesday => Microsoft.Graph.Models.DayOfWeekObject.Wednesday,
        System.DayOfWeek.Thursday => Microsoft.Graph.Models.DayOfWeekObject.Thursday,
        System.DayOfWeek.Friday => Microsoft.Graph.Models.DayOfWeekObject.Friday,
        System.DayOfWeek.Saturday => Microsoft.Graph.Models.DayOfWeekObject.Saturday,
        _ => Microsoft.Graph.Models.DayOfWeekObject.Sunday,
    };
}
