using System.Reflection;
using AmbassadorFlows.Functions.Azure;
using AmbassadorFlows.Workflows;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Converters;
using P = Microsoft.DurableTask.Protobuf;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>
/// The orchestrator functions on the isolated worker's own path: <c>GrpcOrchestrationRunner.LoadAndRun</c>
/// with base64 <c>OrchestratorRequest</c>s, as the Durable extension hands them to the worker in Azure.
/// </summary>
public sealed class GrpcOrchestrationRunnerTests
{
    private const string ProgrammeId = "work-community-ambassadors";
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgrammeDefinition Programme = ProgrammeCatalog.LoadEmbedded().Get(ProgrammeId);
    private static readonly Person Ambassador = new("E100", "Ada Ambassador", "ada@example.com", "en");
    private static readonly Person Manager = new("E200", "Max Manager", "max@example.com", "en");
    private static readonly Person Hr = new("E300", "Hana HR", "hana@example.com", "en");

    [Fact]
    public void CohortOrchestrator_FirstTurn_SetsPlanStatusAndLoadsTheProgramme()
    {
        var driver = new GrpcOrchestrationDriver(Function(nameof(CohortOrchestrator)), "cohort-1", new CohortRequest("cohort-1", ProgrammeId, Hr.EmployeeId, "all-staff", ["E100"]), Start);

        var response = driver.RunTurn();

        var action = Assert.Single(response.Actions);
        Assert.Equal(nameof(LoadProgramme), action.ScheduleTask.Name);
        var input = GrpcOrchestrationDriver.Input<ProgrammeRef>(action.ScheduleTask);
        Assert.Equal(new ProgrammeRef(ProgrammeId, null), input);
        Assert.Equal("plan", JsonDataConverter.Default.Deserialize<WorkflowStatus>(response.CustomStatus)!.Step);
    }

    [Fact]
    public void AmbassadorJourney_FirstTurn_LooksUpThePeople()
    {
        var instanceId = JourneyIds.For("cohort-1", Ambassador.EmployeeId);
        var driver = new GrpcOrchestrationDriver(Function(nameof(AmbassadorJourney)), instanceId, JourneyInput(), Start);

        var response = driver.RunTurn();

        var action = Assert.Single(response.Actions);
        Assert.Equal(nameof(GetJourneyPeople), action.ScheduleTask.Name);
        Assert.Equal(new JourneyPeopleRequest(Ambassador.EmployeeId, Hr.EmployeeId), GrpcOrchestrationDriver.Input<JourneyPeopleRequest>(action.ScheduleTask));
        Assert.Null(driver.Completion);
    }

    [Theory]
    [InlineData("")]
    [InlineData(OrchestrationVersions.Current)]
    public void AmbassadorJourney_StartedOnAVersion_SeesItAndSchedulesItsActivitiesOnIt(string version)
    {
        // The version the host stamps on the instance reaches the orchestrator through the isolated
        // worker's path, and the activities it schedules carry it.
        var driver = new GrpcOrchestrationDriver(Function(nameof(AmbassadorJourney)), JourneyIds.For("cohort-1", Ambassador.EmployeeId), JourneyInput(), Start, version);

        var action = Assert.Single(driver.RunTurn().Actions);

        Assert.Equal(version, action.ScheduleTask.Version ?? string.Empty);
    }

    [Fact]
    public void OrchestratorFunctions_FirstTurnOfEach_SchedulesWorkAndDoesNotFail()
    {
        // Every orchestrator function, so one added later is run here too.
        var functions = typeof(OrchestratorFunctions).GetMethods().Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null).ToList();
        Assert.Equal(AmbassadorWorkflows.Orchestrators.Count, functions.Count);
        foreach (var function in functions)
        {
            var name = function.GetCustomAttribute<FunctionAttribute>()!.Name;
            object input = name == nameof(AmbassadorJourney) ? JourneyInput() : new CohortRequest("cohort-1", ProgrammeId, Hr.EmployeeId, "all-staff", []);
            var driver = new GrpcOrchestrationDriver(function, "first-turn", input, Start);

            var response = driver.RunTurn();

            Assert.True(response.Actions.Count > 0, $"{name} scheduled nothing in its first turn.");
            Assert.DoesNotContain(response.Actions, a => a.CompleteOrchestration is { OrchestrationStatus: P.OrchestrationStatus.Failed });
        }
    }

    [Fact]
    public void AmbassadorJourney_ApprovedThenAgreementUnanswered_RunsTurnByTurnToCompletion()
    {
        var instanceId = JourneyIds.For("cohort-1", Ambassador.EmployeeId);
        var driver = new GrpcOrchestrationDriver(Function(nameof(AmbassadorJourney)), instanceId, JourneyInput(), Start);

        // Manager asked; the reminder timer runs.
        driver.RunUntilIdle(Results);
        Assert.Equal(Start.AddDays(Programme.ManagerApproval.ReminderAfterDays), Assert.Single(driver.Timers).FireAt);
        var managerRequest = GrpcOrchestrationDriver.Input<ResponseRequest>(driver.Scheduled[^1]);
        Assert.Equal(JourneyIds.Approval(instanceId, "manager-approval"), managerRequest.ApprovalId);
        Assert.Equal(Manager.EmployeeId, managerRequest.Assignee.EmployeeId);

        // No answer by then: one reminder, then the wait until the escalation.
        driver.FireTimersUntil(Start.AddDays(Programme.ManagerApproval.ReminderAfterDays), Results);
        Assert.Equal(nameof(SendMessage), driver.Scheduled[^1].Name);
        Assert.True(GrpcOrchestrationDriver.Input<OutgoingMessage>(driver.Scheduled[^1]).AsReminder);

        // The manager approves through the page: the event the app raises for the decision.
        driver.RaiseEvent(JourneyEvents.ManagerDecision, new HumanResponse(managerRequest.ApprovalId, Manager.EmployeeId, Decisions.Approve, Start.AddDays(3)), TimeSpan.FromDays(1));
        driver.RunUntilIdle(Results);
        var agreementRequest = GrpcOrchestrationDriver.Input<ResponseRequest>(driver.Scheduled[^1]);
        Assert.Equal(JourneyIds.Approval(instanceId, "agreement"), agreementRequest.ApprovalId);
        Assert.Equal(Ambassador.EmployeeId, agreementRequest.Assignee.EmployeeId);
        var askedAt = driver.Now;

        // The ambassador never answers: a reminder, then the time-out closes the request and ends the journey
        // (the SDK chains timers longer than its maximum interval: several turns of timers, no activity).
        driver.FireTimersUntil(askedAt.AddDays(Programme.Agreement.ReminderAfterDays), Results);
        Assert.Equal(nameof(SendMessage), driver.Scheduled[^1].Name);
        driver.FireTimersUntil(askedAt.AddDays(Programme.Agreement.TimeoutAfterDays), Results);

        Assert.Equal(
            [
                nameof(GetJourneyPeople), nameof(RecordStep), nameof(RequestResponse), nameof(SendMessage),
                nameof(RecordStep), nameof(RequestResponse), nameof(SendMessage),
                nameof(CloseRequest), nameof(SendMessage), nameof(CloseJourney),
            ],
            driver.Scheduled.Select(s => s.Name));
        var completion = Assert.IsType<P.CompleteOrchestrationAction>(driver.Completion);
        Assert.Equal(P.OrchestrationStatus.Completed, completion.OrchestrationStatus);
        var result = JsonDataConverter.Default.Deserialize<JourneyResult>(completion.Result)!;
        Assert.Equal(JourneyOutcome.AgreementNotAnswered, result.Outcome);
        Assert.Equal(askedAt.AddDays(Programme.Agreement.TimeoutAfterDays), result.EndedAt);
    }

    /// <summary>What the activities would return: the people, the approval id; true for the rest.</summary>
    private static object? Results(P.ScheduleTaskAction task) => task.Name switch
    {
        nameof(GetJourneyPeople) => new JourneyPeople(Ambassador, Manager, Hr),
        nameof(RequestResponse) => GrpcOrchestrationDriver.Input<ResponseRequest>(task).ApprovalId,
        _ => true,
    };

    private static JourneyInput JourneyInput() => new("cohort-1", Ambassador.EmployeeId, Hr.EmployeeId, Programme, Start.AddDays(30));

    private static MethodInfo Function(string name)
        => typeof(OrchestratorFunctions).GetMethods().Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == name);
}
