using AmbassadorFlows.Durable.Hosting;
using DurableTask.Core;
using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Tests.Hosting;

/// <summary>An instance row without a status (its first commit cut between history and row) gets the
/// status its history shows, so readers such as decision delivery see a running instance.</summary>
public sealed class UnrecordedStatusTests
{
    private static readonly DateTime Started = new(2026, 2, 24, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void IsMissing_StatusTheProviderCouldNotRead_True()
    {
        Assert.True(UnrecordedStatus.IsMissing(new OrchestrationState { OrchestrationStatus = (OrchestrationStatus)(-1) }));
        Assert.False(UnrecordedStatus.IsMissing(new OrchestrationState { OrchestrationStatus = OrchestrationStatus.Running }));
    }

    [Fact]
    public void FillFrom_StartedAndWaiting_RunningWithNameAndCreationTime()
    {
        var state = new OrchestrationState { OrchestrationStatus = (OrchestrationStatus)(-1) };

        UnrecordedStatus.FillFrom(state, [new OrchestratorStartedEvent(-1), StartedEvent(), new TaskScheduledEvent(0), new OrchestratorCompletedEvent(-1)]);

        Assert.Equal((OrchestrationStatus.Running, "HubJourney", Started), (state.OrchestrationStatus, state.Name, state.CreatedTime));
    }

    [Theory]
    [InlineData(OrchestrationStatus.Completed)]
    [InlineData(OrchestrationStatus.Failed)]
    public void FillFrom_Ended_TheEndingStatus(OrchestrationStatus ending)
    {
        var state = new OrchestrationState { OrchestrationStatus = (OrchestrationStatus)(-1) };

        UnrecordedStatus.FillFrom(state, [StartedEvent(), new ExecutionCompletedEvent(1, "\"done\"", ending)]);

        Assert.Equal(ending, state.OrchestrationStatus);
    }

    [Fact]
    public void FillFrom_Terminated_Terminated()
    {
        var state = new OrchestrationState { OrchestrationStatus = (OrchestrationStatus)(-1) };

        UnrecordedStatus.FillFrom(state, [StartedEvent(), new ExecutionTerminatedEvent(1, "stop")]);

        Assert.Equal(OrchestrationStatus.Terminated, state.OrchestrationStatus);
    }

    [Fact]
    public void FillFrom_NoHistory_Pending()
    {
        var state = new OrchestrationState { OrchestrationStatus = (OrchestrationStatus)(-1) };

        UnrecordedStatus.FillFrom(state, []);

        Assert.Equal(OrchestrationStatus.Pending, state.OrchestrationStatus);
    }

    private static ExecutionStartedEvent StartedEvent()
        => new(-1, "1") { Name = "HubJourney", Timestamp = Started, OrchestrationInstance = new OrchestrationInstance { InstanceId = "j1", ExecutionId = "e1" } };
}
