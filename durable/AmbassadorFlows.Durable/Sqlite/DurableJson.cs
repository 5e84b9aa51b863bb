using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Serializing;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// DTFx's own JSON (Newtonsoft with type names), so every HistoryEvent subtype and every TaskMessage
/// round-trips exactly as DTFx's other providers store them.
/// </summary>
internal static class DurableJson
{
    private static readonly JsonDataConverter Converter = JsonDataConverter.Default;

    public static string Serialize(object value) => Converter.Serialize(value);

    public static TaskMessage DeserializeMessage(string json) => Converter.Deserialize<TaskMessage>(json);

    /// <summary>A turn's new events, stored as one JSON array (one row per turn, not per event).</summary>
    public static HistoryEvent[] DeserializeEvents(string json) => Converter.Deserialize<HistoryEvent[]>(json);

    public static IEnumerable<HistoryEvent> DeserializeChunks(IEnumerable<string> chunks) => chunks.SelectMany(DeserializeEvents);

    public static T Deserialize<T>(string json) => Converter.Deserialize<T>(json);
}
