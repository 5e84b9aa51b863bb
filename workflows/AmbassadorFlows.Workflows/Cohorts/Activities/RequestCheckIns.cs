using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>After each meeting, asks every participant for their monthly check-in. The answer
/// goes to their own journey (<see cref="JourneyEvents.MonthlyCheckIn"/>), which records it.</summary>
public sealed class RequestCheckIns : TaskActivity<CheckInRoundInput, int>
{
    private readonly IDirectory _directory;
    private readonly ApprovalMailer _mailer;
    private readonly TimeProvider _time;

    public RequestCheckIns(IDirectory directory, ApprovalMailer mailer, TimeProvider time)
    {
        _directory = directory;
        _mailer = mailer;
        _time = time;
    }

    public override async Task<int> RunAsync(TaskActivityContext context, CheckInRoundInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var model = new MessageModel()
            .With("programme", input.Programme.Name)
            .With("month", input.Month)
            .With("timeBudget", input.Programme.TimeBudgetHoursPerMonth)
            .WithDate("meetingStart", input.MeetingStart, input.Programme.Meetings.TimeZone);
        var details = WorkflowJson.Serialize(new CheckInDetails(input.Month, input.MeetingStart));
        var sent = 0;
        foreach (var employeeId in input.Participants)
        {
            var employee = await _directory.GetEmployeeAsync(employeeId, CancellationToken.None);
            if (employee is null)
            {
                continue;
            }

            var journeyId = JourneyIds.For(input.CohortId, employeeId);
            var approval = new PendingApproval(
                JourneyIds.CheckIn(journeyId, input.Month), journeyId, JourneyEvents.MonthlyCheckIn, "monthly-check-in", employee.Id, employee.Email,
                [Decisions.Submit], _time.GetUtcNow(), new DateTimeOffset(DateTime.SpecifyKind(input.MeetingStart.AddDays(28), DateTimeKind.Utc)))
            {
                DetailsJson = details,
            };
            await _mailer.SendAsync(approval, IdempotencyKeys.PerRecipient(input.IdempotencyKey, employeeId), Person.From(employee), MessageTemplates.CheckInRequest, model, CancellationToken.None);
            sent++;
        }

        return sent;
    }
}

/// <summary>Each participant's request is keyed <see cref="IdempotencyKey"/> + employee id.</summary>
public sealed record CheckInRoundInput(string CohortId, ProgrammeDefinition Programme, int Month, DateTime MeetingStart, IReadOnlyList<string> Participants)
{
    public required string IdempotencyKey { get; init; }
}
