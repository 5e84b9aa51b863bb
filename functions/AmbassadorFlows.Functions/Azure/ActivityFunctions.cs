using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>
/// The activities as Azure Functions: one thin wrapper per class of the workflow registry, named as
/// the class (the name orchestrators call). Each resolves its activity from the invocation's DI scope
/// (one scope per activity, as locally) and runs it with the invocation's name and instance id.
/// Kept in one place because the Durable source generator is not available; a test checks they
/// match <c>AmbassadorWorkflows.Activities</c> one to one.
/// </summary>
public static class ActivityFunctions
{
    [Function(nameof(LoadProgramme))]
    public static Task<ProgrammeDefinition> LoadProgrammeAsync([ActivityTrigger] ProgrammeRef input, FunctionContext context)
        => RunAsync<LoadProgramme, ProgrammeRef, ProgrammeDefinition>(input, context);

    [Function(nameof(PlanCohort))]
    public static Task<CohortPlan> PlanCohortAsync([ActivityTrigger] PlanCohortInput input, FunctionContext context)
        => RunAsync<PlanCohort, PlanCohortInput, CohortPlan>(input, context);

    [Function(nameof(AnnouncePosting))]
    public static Task<int> AnnouncePostingAsync([ActivityTrigger] PostingInput input, FunctionContext context)
        => RunAsync<AnnouncePosting, PostingInput, int>(input, context);

    [Function(nameof(ClosePostingLinks))]
    public static Task<int> ClosePostingLinksAsync([ActivityTrigger] ClosePostingLinksInput input, FunctionContext context)
        => RunAsync<ClosePostingLinks, ClosePostingLinksInput, int>(input, context);

    [Function(nameof(PrepareSelection))]
    public static Task<SelectionProposal> PrepareSelectionAsync([ActivityTrigger] SelectionInput input, FunctionContext context)
        => RunAsync<PrepareSelection, SelectionInput, SelectionProposal>(input, context);

    [Function(nameof(NotifyApplicants))]
    public static Task<int> NotifyApplicantsAsync([ActivityTrigger] ApplicantsOutcome input, FunctionContext context)
        => RunAsync<NotifyApplicants, ApplicantsOutcome, int>(input, context);

    [Function(nameof(SendMeetingInvites))]
    public static Task<MeetingRound> SendMeetingInvitesAsync([ActivityTrigger] MeetingRoundInput input, FunctionContext context)
        => RunAsync<SendMeetingInvites, MeetingRoundInput, MeetingRound>(input, context);

    [Function(nameof(RequestCheckIns))]
    public static Task<int> RequestCheckInsAsync([ActivityTrigger] CheckInRoundInput input, FunctionContext context)
        => RunAsync<RequestCheckIns, CheckInRoundInput, int>(input, context);

    [Function(nameof(SendHrMonthlySummary))]
    public static Task<MonthlySummary> SendHrMonthlySummaryAsync([ActivityTrigger] SummaryInput input, FunctionContext context)
        => RunAsync<SendHrMonthlySummary, SummaryInput, MonthlySummary>(input, context);

    [Function(nameof(ScheduleMeetingSeries))]
    public static Task<bool> ScheduleMeetingSeriesAsync([ActivityTrigger] MeetingSeriesInput input, FunctionContext context)
        => RunAsync<ScheduleMeetingSeries, MeetingSeriesInput, bool>(input, context);

    [Function(nameof(SendMeetingChange))]
    public static Task<bool> SendMeetingChangeAsync([ActivityTrigger] MeetingChangeInput input, FunctionContext context)
        => RunAsync<SendMeetingChange, MeetingChangeInput, bool>(input, context);

    [Function(nameof(MoveMeeting))]
    public static Task<bool> MoveMeetingAsync([ActivityTrigger] MoveMeetingInput input, FunctionContext context)
        => RunAsync<MoveMeeting, MoveMeetingInput, bool>(input, context);

    [Function(nameof(CancelMeetings))]
    public static Task<bool> CancelMeetingsAsync([ActivityTrigger] CancelMeetingsInput input, FunctionContext context)
        => RunAsync<CancelMeetings, CancelMeetingsInput, bool>(input, context);

    [Function(nameof(GetJourneyPeople))]
    public static Task<JourneyPeople> GetJourneyPeopleAsync([ActivityTrigger] JourneyPeopleRequest input, FunctionContext context)
        => RunAsync<GetJourneyPeople, JourneyPeopleRequest, JourneyPeople>(input, context);

    [Function(nameof(RecordCheckIn))]
    public static Task<bool> RecordCheckInAsync([ActivityTrigger] CheckInSubmission input, FunctionContext context)
        => RunAsync<RecordCheckIn, CheckInSubmission, bool>(input, context);

    [Function(nameof(RecordTraining))]
    public static Task<bool> RecordTrainingAsync([ActivityTrigger] TrainingUpdate input, FunctionContext context)
        => RunAsync<RecordTraining, TrainingUpdate, bool>(input, context);

    [Function(nameof(SendTrainingLinks))]
    public static Task<bool> SendTrainingLinksAsync([ActivityTrigger] TrainingLinksInput input, FunctionContext context)
        => RunAsync<SendTrainingLinks, TrainingLinksInput, bool>(input, context);

    [Function(nameof(CloseJourney))]
    public static Task<bool> CloseJourneyAsync([ActivityTrigger] CloseJourneyInput input, FunctionContext context)
        => RunAsync<CloseJourney, CloseJourneyInput, bool>(input, context);

    [Function(nameof(RequestResponse))]
    public static Task<string> RequestResponseAsync([ActivityTrigger] ResponseRequest input, FunctionContext context)
        => RunAsync<RequestResponse, ResponseRequest, string>(input, context);

    [Function(nameof(SendMessage))]
    public static Task<bool> SendMessageAsync([ActivityTrigger] OutgoingMessage input, FunctionContext context)
        => RunAsync<SendMessage, OutgoingMessage, bool>(input, context);

    [Function(nameof(CloseRequest))]
    public static Task<bool> CloseRequestAsync([ActivityTrigger] CloseRequestInput input, FunctionContext context)
        => RunAsync<CloseRequest, CloseRequestInput, bool>(input, context);

    [Function(nameof(RecordAudit))]
    public static Task<bool> RecordAuditAsync([ActivityTrigger] AuditNote input, FunctionContext context)
        => RunAsync<RecordAudit, AuditNote, bool>(input, context);

    [Function(nameof(RecordStep))]
    public static Task<bool> RecordStepAsync([ActivityTrigger] AmbassadorStepChange input, FunctionContext context)
        => RunAsync<RecordStep, AmbassadorStepChange, bool>(input, context);

    private static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(TInput input, FunctionContext context)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(context.InstanceServices);
        return activity.RunAsync(new FunctionActivityContext(context.FunctionDefinition.Name, InstanceId(context)), input);
    }

    /// <summary>The Durable extension passes the calling instance as the trigger's <c>instanceId</c> binding data.</summary>
    private static string InstanceId(FunctionContext context)
        => context.BindingContext.BindingData.TryGetValue("instanceId", out var id) && id is string { Length: > 0 } instanceId
            ? instanceId
            : throw new InvalidOperationException($"Activity '{context.FunctionDefinition.Name}' was invoked without the Durable instanceId binding data.");
}
