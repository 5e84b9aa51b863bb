using System.Collections.Concurrent;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

/// <summary>Records every call, and keeps one series per id as a real calendar must.</summary>
public sealed class RecordingCalendar : ICalendar
{
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ConcurrentDictionary<string, MeetingSeries> _series = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string SeriesId, DateOnly Date)> _cancelledOccurrences = new();
    private readonly ConcurrentQueue<string> _cancelledSeries = new();

    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>When set, scheduling fails as an unreachable calendar service would.</summary>
    public bool Down { get; set; }

    public IReadOnlyDictionary<string, MeetingSeries> Series => _series;

    public IReadOnlyList<(string SeriesId, DateOnly Date)> CancelledOccurrences => [.. _cancelledOccurrences];

    public IReadOnlyList<string> CancelledSeries => [.. _cancelledSeries];

    public Task<string> ScheduleSeriesAsync(MeetingSeries series, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        _calls.Enqueue($"schedule {series.SeriesId}");
        if (Down)
        {
            throw new HttpRequestException("calendar unreachable");
        }

        _series.TryAdd(series.SeriesId, series);
        return Task.FromResult($"event-{series.SeriesId}");
    }

    public Task MoveOccurrenceAsync(string seriesId, DateOnly date, DateTimeOffset newStartUtc, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue($"move {seriesId} {date:yyyy-MM-dd} to {newStartUtc.UtcDateTime:yyyy-MM-dd HH:mm}");
        return Task.CompletedTask;
    }

    public Task CancelOccurrenceAsync(string seriesId, DateOnly date, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue($"cancel {seriesId} {date:yyyy-MM-dd}");
        _cancelledOccurrences.Enqueue((seriesId, date));
        return Task.CompletedTask;
    }

    public Task CancelSeriesAsync(string seriesId, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue($"cancel {seriesId}");
        _cancelledSeries.Enqueue(seriesId);
        return Task.CompletedTask;
    }
}
