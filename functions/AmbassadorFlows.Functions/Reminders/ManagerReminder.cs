using System.Globalization;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Reminders;

/// <summary>
/// HR sends a manager their approval request again, as the journey's own reminder does (the request's
/// template inside the <see cref="MessageTemplates.Reminder"/> frame, a link to the same request, the
/// recipient's language): composed here at click time, no orchestration involved. One a day per
/// request: the outbox's idempotency key carries the day, so a second click (or two at once) sends
/// nothing more. Each reminder sent is in the cohort's audit, under the person who clicked.
/// </summary>
public sealed class ManagerReminder(
    IApprovalStore approvals,
    IDirectory directory,
    IApprovalLinks links,
    IEmailSender email,
    MessageComposer composer,
    TimeProvider time)
{
    /// <summary>Where <paramref name="approvalId"/> stands (Ready when a reminder may be sent).</summary>
    public async Task<ReminderOutcome> ReadAsync(string approvalId, DurableTaskClient client, CancellationToken cancellationToken)
        => (await LoadAsync(approvalId, client, cancellationToken)).Outcome;

    /// <summary>Sends the day's reminder of <paramref name="approvalId"/> on behalf of <paramref name="actor"/>, unless one went out already today.</summary>
    public async Task<ReminderOutcome> SendAsync(string approvalId, string actor, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(approvalId, client, cancellationToken);
        if (loaded.Outcome is not { State: ReminderState.Ready, View: { } view } || loaded.Input is not { } input)
        {
            return loaded.Outcome;
        }

        var approval = view.Approval;
        var now = time.GetUtcNow();
        var (day, dayStart, nextDay) = Day(now, view.Zone);
        var to = await directory.GetEmployeeAsync(approval.AssigneeId, cancellationToken) is { } assignee
            ? Person.From(assignee)
            : new Person(approval.AssigneeId, approval.AssigneeEmail, approval.AssigneeEmail, MessageRenderer.FallbackLanguage);
        var hr = await directory.GetEmployeeAsync(input.HrOwnerId, cancellationToken);
        var model = RequestModel(input, view.About, to.Name, hr?.DisplayName ?? input.HrOwnerId);

        // The same request page as the first email's link: a token of the same kind for the same approval.
        var message = await composer.ComposeAsync(Key(approval.ApprovalId, day), to, MessageTemplates.ManagerApprovalRequest, model, links.CreateLink(approval), asReminder: true, cancellationToken);
        var sent = await email.SendAsync(message, CancellationToken.None);
        if (sent.AlreadySent)
        {
            var earlier = (await approvals.GetAuditAsync(view.CohortId, cancellationToken))
                .LastOrDefault(e => e.Action == AuditActions.ReminderSent && e.At >= dayStart && Details(e) == approval.ApprovalId);
            return new ReminderOutcome(ReminderState.AlreadySentToday, view, earlier?.At, nextDay, message.Language);
        }

        await approvals.AppendAuditAsync(new AuditEntry(view.CohortId, now, actor, AuditActions.ReminderSent, $"{approval.ApprovalId} to {approval.AssigneeId}"), CancellationToken.None);
        return new ReminderOutcome(ReminderState.Sent, view, now, nextDay, message.Language);
    }

    /// <summary>The outbox key of one request's reminder on one day (yyyy-MM-dd in the programme's zone).</summary>
    public static string Key(string approvalId, DateOnly day)
        => $"{approvalId}:hr-reminder:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The manager's request as the journey wrote it (its model for the first term), rebuilt
    /// from the journey's input: the orchestration keeps no copy of a sent model.</summary>
    public static MessageModel RequestModel(JourneyInput input, string ambassadorName, string managerName, string hrName)
    {
        ArgumentNullException.ThrowIfNull(input);
        var programme = input.Programme;
        var first = input.Terms is { Count: > 0 } terms ? terms[0] : null;
        return JourneyMessageModel.For(programme, ambassadorName, managerName, hrName, 1, first?.Start ?? input.TermStart, first?.EndsAt ?? input.TermStart.AddMonths(programme.TermMonths).AddDays(-1));
    }

    /// <summary>The approval id an audit line names ("{approvalId} to {assignee}").</summary>
    private static string? Details(AuditEntry entry)
        => entry.Details is { } details && details.LastIndexOf(" to ", StringComparison.Ordinal) is var at and > 0 ? details[..at] : null;

    private static (DateOnly Day, DateTimeOffset Start, DateTimeOffset Next) Day(DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return (day, StartOf(day, zone), StartOf(day.AddDays(1), zone));
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private async Task<(ReminderOutcome Outcome, JourneyInput? Input)> LoadAsync(string approvalId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await approvals.GetAsync(approvalId, cancellationToken) is not { } approval)
        {
            return (new ReminderOutcome(ReminderState.NotFound), null);
        }

        if (!ReminderRules.CanRemind(approval.ApprovalId, approval.Kind) || !approval.ApprovalId.StartsWith(approval.InstanceId + ":", StringComparison.Ordinal))
        {
            return (new ReminderOutcome(ReminderState.NotRemindable), null);
        }

        var journey = await client.GetInstanceAsync(approval.InstanceId, getInputsAndOutputs: true, cancellationToken);
        var input = journey?.ReadInputAs<JourneyInput>();
        var employeeId = input?.EmployeeId ?? approval.InstanceId[(approval.InstanceId.LastIndexOf(':') + 1)..];
        var about = await directory.GetEmployeeAsync(employeeId, cancellationToken);
        var assignee = await directory.GetEmployeeAsync(approval.AssigneeId, cancellationToken);
        var view = new ReminderView(
            approval,
            assignee?.DisplayName ?? approval.AssigneeEmail,
            employeeId,
            about?.DisplayName ?? employeeId,
            CohortReadModel.CohortOf(approval.InstanceId),
            PageDates.Zone(input?.Programme.Meetings.TimeZone));
        if (approval.Decision is not null)
        {
            return (new ReminderOutcome(ReminderState.Answered, view), input);
        }

        var running = journey?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;
        return approval.ClosedReason is not null || approval.ExpiresAt <= time.GetUtcNow() || !running || input is null
            ? (new ReminderOutcome(ReminderState.Closed, view), input)
            : (new ReminderOutcome(ReminderState.Ready, view), input);
    }
}
