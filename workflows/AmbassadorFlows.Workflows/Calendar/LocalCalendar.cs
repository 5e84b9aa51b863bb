using System.Collections.Concurrent;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Calendar;

/// <summary>
/// The default <see cref="ICalendar"/> when no calendar service is configured: it only records the
/// series (the activities also write each change to the audit trail). It deliberately sends no
/// series .ics: every month's invite email already carries that meeting's .ics with its agenda, and
/// a series invite on top would put each meeting in people's calendars twice.
/// </summary>
public sealed class LocalCalendar : ICalendar
{
    private readonly ConcurrentDictionary<string, RecordedSeries> _series = new(StringComparer.Ordinal);

    public IReadOnlyCollection<RecordedSeries> Series => [.. _series.Values];

    public Task<string> ScheduleSeriesAsync(MeetingSeries series, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        MonthlyRecurrence.Validate(series);
        _series.GetOrAdd(series.SeriesId, _ => new RecordedSeries(series));
        return Task.FromResult(series.SeriesId);
    }

    public Task CancelOccurrenceAsync(string seriesId, DateOnly date, CancellationToken cancellationToken = default)
    {
        if (_series.TryGetValue(seriesId, out var recorded))
        {
            recorded.CancelledDates.TryAdd(date, true);
        }

        return Task.CompletedTask;
    }

    public Task MoveOccurrenceAsync(string seriesId, DateOnly date, DateTimeOffset newStartUtc, CancellationToken cancellationToken = default)
    {
        if (_series.TryGetValue(seriesId, out var recorded))
        {
            recorded.MovedDates[date] = newStartUtc;
        }

        return Task.CompletedTask;
    }

    public Task CancelSeriesAsync(string seriesId, CancellationToken cancellationToken = default)
    {
        if (_series.TryGetValue(seriesId, out var recorded))
        {
            recorded.Cancelled = true;
        }

        return Task.CompletedTask;
    }

    public sealed class RecordedSeries(MeetingSeries series)
    {
        public MeetingSeries Meeting { get; } = series;

        public ConcurrentDictionary<DateOnly, bool> CancelledDates { get; } = new();

        /// <summary>Occurrences moved, by the date the series planned them.</summary>
        public ConcurrentDictionary<DateOnly, DateTimeOffset> MovedDates { get; } = new();

        public bool Cancelled { get; set; }
    }
}
