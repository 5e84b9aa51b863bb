using System.Reflection;
using AmbassadorFlows.Durable.Sqlite;
using DurableTask.Core;
using DurableTask.Core.History;

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

        var json = DurableJson.Serialize(message);
        var back = DurableJson.DeserializeMessage(json);

        Assert.IsType(eventType, back.Event);
        Assert.Equal(json, DurableJson.Serialize(back));
    }

    [Fact]
    public void DeserializeChunks_TwoTurnsAsStored_ReturnsEveryEventInOrderWithItsType()
    {
        // The store appends one JSON array of events per turn.
        HistoryEvent[] first = [Create(typeof(ExecutionStartedEvent)), Create(typeof(TaskScheduledEvent))];
        HistoryEvent[] second = [Create(typeof(TaskCompletedEvent)), Create(typeof(ExecutionCompletedEvent))];

        var events = DurableJson.DeserializeChunks([DurableJson.Serialize(first), DurableJson.Serialize(second)]).ToList();

        Assert.Equal(
            [typeof(ExecutionStartedEvent), typeof(TaskScheduledEvent), typeof(TaskCompletedEvent), typeof(ExecutionCompletedEvent)],
            events.Select(e => e.GetType()));
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
