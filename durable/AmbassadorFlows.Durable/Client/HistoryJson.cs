using DurableTask.Core.History;
using Newtonsoft.Json.Linq;
using CoreSerializer = DurableTask.Core.Serializing.JsonDataConverter;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Reads a backend's history JSON: ours carries DTFx type names; Azure Storage's does not,
/// so there each event's type is found from its EventType.</summary>
internal static class HistoryJson
{
    private static readonly System.Reflection.Assembly CoreAssembly = typeof(HistoryEvent).Assembly;

    public static List<HistoryEvent> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        if (json.Contains("\"$type\"", StringComparison.Ordinal))
        {
            return CoreSerializer.Default.Deserialize<List<HistoryEvent>>(json) ?? [];
        }

        var events = new List<HistoryEvent>();
        foreach (var item in JArray.Parse(json).OfType<JObject>())
        {
            var eventType = ParseEventType(item["EventType"]);
            var type = CoreAssembly.GetType($"DurableTask.Core.History.{eventType}Event")
                ?? CoreAssembly.GetType($"DurableTask.Core.History.{eventType}")
                ?? throw new InvalidOperationException($"Unknown history event type {eventType}.");
            events.Add((HistoryEvent)item.ToObject(type)!);
        }

        return events;
    }

    private static EventType ParseEventType(JToken? token) => token?.Type switch
    {
        JTokenType.Integer => (EventType)token.Value<int>(),
        JTokenType.String => Enum.Parse<EventType>(token.Value<string>()!, ignoreCase: true),
        _ => throw new InvalidOperationException("A history event without EventType."),
    };
}
