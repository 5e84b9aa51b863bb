using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace AmbassadorFlows.Functions.Tests.Observability;

/// <summary>An in-memory trace exporter: each exported span as the text an exporter could send (name,
/// every tag, status, events).</summary>
internal sealed class CapturedSpans : BaseExporter<Activity>
{
    private readonly ConcurrentQueue<string> _spans = new();

    public IReadOnlyCollection<string> Spans => _spans;

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var activity in batch)
        {
            var tags = activity.TagObjects.Select(t => $"{t.Key}={t.Value}");
            var events = activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}.{t.Key}={t.Value}"));
            _spans.Enqueue(string.Join(" | ", new[] { activity.Source.Name, activity.DisplayName, activity.OperationName, activity.StatusDescription ?? string.Empty }.Concat(tags).Concat(events)));
        }

        return ExportResult.Success;
    }
}
