using AmbassadorFlows.Durable.Hosting;
using DurableTask.Core;
using DurableTask.Core.History;
using NSubstitute;

namespace AmbassadorFlows.Durable.Tests.Hosting;

/// <summary>A parent turn that runs twice (its worker died after sending the turn's messages, before
/// writing its history) must start each child with the same execution id both times, or DTFx's Azure
/// Storage provider restarts the child over its history.</summary>
public sealed class StableChildExecutionIdsTests
{
    private static readonly OrchestrationInstance Parent = new() { InstanceId = "cohort-1", ExecutionId = "parent-execution" };

    [Fact]
    public async Task CompleteTaskOrchestrationWorkItemAsync_SameParentTurnTwice_StartsTheChildWithOneExecutionId()
    {
        var first = await CompleteAsync(ChildStart("cohort-1-j1", taskScheduleId: 0));
        var second = await CompleteAsync(ChildStart("cohort-1-j1", taskScheduleId: 0));

        Assert.Equal(first.OrchestrationInstance.ExecutionId, second.OrchestrationInstance.ExecutionId);
        Assert.Equal(first.OrchestrationInstance.ExecutionId, ((ExecutionStartedEvent)first.Event).OrchestrationInstance.ExecutionId);
        Assert.Matches("^[0-9a-f]{32}$", first.OrchestrationInstance.ExecutionId);
    }

    [Fact]
    public async Task CompleteTaskOrchestrationWorkItemAsync_OtherCallOrParentGeneration_GivesOtherExecutionIds()
    {
        var call0 = await CompleteAsync(ChildStart("cohort-1-j1", taskScheduleId: 0));
        var call1 = await CompleteAsync(ChildStart("cohort-1-j1", taskScheduleId: 1));
        var nextGeneration = await CompleteAsync(ChildStart("cohort-1-j1", taskScheduleId: 0, parentExecutionId: "parent-execution-2"));

        Assert.Equal(3, new[] { call0, call1, nextGeneration }.Select(m => m.OrchestrationInstance.ExecutionId).Distinct().Count());
    }

    [Fact]
    public async Task CompleteTaskOrchestrationWorkItemAsync_EventToAnotherInstance_IsPassedOnUnchanged()
    {
        var target = new OrchestrationInstance { InstanceId = "other", ExecutionId = null };
        var sent = await CompleteAsync(new TaskMessage { OrchestrationInstance = target, Event = new EventRaisedEvent(-1, "1") { Name = "hello" } });

        Assert.Same(target, sent.OrchestrationInstance);
        Assert.Null(sent.OrchestrationInstance.ExecutionId);
    }

    /// <summary>A child's start as DTFx's dispatcher makes it: a fresh random execution id, shared by the
    /// message and its event.</summary>
    private static TaskMessage ChildStart(string childId, int taskScheduleId, string? parentExecutionId = null)
    {
        var child = new OrchestrationInstance { InstanceId = childId, ExecutionId = Guid.NewGuid().ToString("N") };
        var parent = new OrchestrationInstance { InstanceId = Parent.InstanceId, ExecutionId = parentExecutionId ?? Parent.ExecutionId };
        return new TaskMessage
        {
            OrchestrationInstance = child,
            Event = new ExecutionStartedEvent(-1, "1")
            {
                Name = "HubJourney",
                OrchestrationInstance = child,
                ParentInstance = new ParentInstance { OrchestrationInstance = parent, Name = "HubCohort", TaskScheduleId = taskScheduleId },
            },
        };
    }

    /// <summary>The message as the wrapped service receives it.</summary>
    private static async Task<TaskMessage> CompleteAsync(TaskMessage message)
    {
        var inner = Substitute.For<IOrchestrationService>();

        await new StableChildExecutionIds(inner).CompleteTaskOrchestrationWorkItemAsync(
            new TaskOrchestrationWorkItem(), new OrchestrationRuntimeState(), [], [message], [], null!, new OrchestrationState());

        var received = (IList<TaskMessage>)inner.ReceivedCalls().Single().GetArguments()[3]!;
        return Assert.Single(received);
    }
}
