using System.Reflection;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Serializing;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>Every HistoryEvent type DTFx has survives the JSON the backend stores, inside a TaskMessage.</summary>
public sealed class DurableJsonTests
{
    public static TheoryData<Type> EventTypes()
    {
        var data = new TheoryData<Type>();
        // ExecutionRewoundEvent has no constructor DTFx's own JSON can use; rewind is not supported
        // here, so it never reaches the store.
        foreach (var type in typeof(HistoryEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(HistoryEvent)) && !t.IsAbstract && t.IsPublic && t != typeof(ExecutionRewoundEvent)))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Serialize_EveryHistoryEventType_RoundTripsWithItsTypeAndFields(Type eventType)
    {
        var original = Create(eventType);
        var message = new TaskMessage { Event = original, OrchestrationInstance = new OrchestrationInstance { InstanceId = "i", ExecutionId = "x" } };

        var json = JsonDataConverter.Default.Serialize(message);
        var back = JsonDataConverter.Default.Deserialize<TaskMessage>(json);

        Assert.IsType(eventType, back.Event);
        Assert.Equal(json, JsonDataConverter.Default.Serialize(back));
    }

    private static HistoryEvent Create(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderBy(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Sample(p.ParameterType)).ToArray();
        var created = (HistoryEvent)constructor.Invoke(arguments);
        created.Timestamp = new DateTime(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);
        return created;
    }

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(int) => 7,
        _ when type == typeof(string) => "sample",
        _ when type == typeof(DateTime) => new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc),
        _ when type == typeof(bool) => true,
        _ when type == typeof(OrchestrationStatus) => OrchestrationStatus.Completed,
        _ when type == typeof(FailureDetails) => new FailureDetails("E", "message", null, null, isNonRetriable: false),
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ => null,
    };
}
