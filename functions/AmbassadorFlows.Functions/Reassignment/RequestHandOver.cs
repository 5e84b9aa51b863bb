using System.Globalization;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>
/// Hands one open request to another person: the store's assignee changes only while the request is
/// open and still the expected person's (so a decision and a hand-over never both win), the new
/// assignee gets an email with a link of their own, the earlier one is told in their language, and
/// the audit names who did it. The approval keeps its id and event, so the orchestration that waits
/// for it takes the new assignee's answer as it would have taken the old one's.
/// </summary>
public sealed class RequestHandOver(
    IApprovalStore approvals,
    IApprovalAssignment assignment,
    IDirectory directory,
    IApprovalLinks links,
    IEmailSender email,
    MessageComposer composer,
    TimeProvider time)
{
    /// <summary>The audit action of a hand-over HR chose by hand (the manager-change sweep leaves those alone).</summary>
    public const string HandedOverAction = AuditActions.HandedOver;

    /// <summary>The audit action of a hand-over to the ambassador's new manager.</summary>
    public const string ManagerChangedAction = AuditActions.HandedToNewManager;

    /// <summary>Hands <paramref name="approvalId"/> to <paramref name="to"/> on behalf of <paramref name="actor"/>.
    /// With <paramref name="expectedAssigneeId"/>, only if it still waits for that person.</summary>
    public async Task<HandOverOutcome> HandOverAsync(string approvalId, Employee to, string actor, string action = HandedOverAction, string? expectedAssigneeId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        var approval = await approvals.GetAsync(approvalId, cancellationToken);
        if (approval is null)
        {
            return HandOverOutcome.NotFound;
        }

        if (!HandOverRules.CanHandOver(approval))
        {
            return HandOverOutcome.NotHandable;
        }

        if (approval.Decision is not null || approval.ClosedReason is not null || approval.ExpiresAt <= time.GetUtcNow()
            || (expectedAssigneeId is not null && !string.Equals(approval.AssigneeId, expectedAssigneeId, StringComparison.Ordinal)))
        {
            return HandOverOutcome.NoLongerOpen;
        }

        if (string.Equals(approval.AssigneeId, to.Id, StringComparison.Ordinal))
        {
            return HandOverOutcome.AlreadyTheirs;
        }

        var from = approval.AssigneeId;
        if (await assignment.TryReassignAsync(approval.ApprovalId, from, to.Id, to.Email, cancellationToken) is not ({ } handed, true))
        {
            return HandOverOutcome.NoLongerOpen;
        }

        var at = time.GetUtcNow();
        await approvals.AppendAuditAsync(new AuditEntry(approval.InstanceId, at, actor, action, $"{approval.ApprovalId} from {from} to {to.Id}"), CancellationToken.None);

        // Recorded first, mailed second: a failed send leaves the request with its new assignee (HR
        // sees it on the page and in the outbox), never the old link working again.
        var previous = await directory.GetEmployeeAsync(from, CancellationToken.None);
        var about = await AboutAsync(approval);
        var key = $"{approval.ApprovalId}:{to.Id}:{at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        var newcomer = Person.From(to);
        await email.SendAsync(
            composer.Compose($"handed-to:{key}", newcomer, MessageTemplates.RequestHandedToYou, Model(approval, newcomer.Language, about)
                .With("previousName", previous?.DisplayName ?? approval.AssigneeEmail)
                .WithDate("deadline", approval.ExpiresAt.UtcDateTime), links.CreateLink(handed)),
            CancellationToken.None);
        var earlier = previous is null ? new Person(from, approval.AssigneeEmail, approval.AssigneeEmail, "en") : Person.From(previous);
        await email.SendAsync(
            composer.Compose($"handed-over:{key}", earlier, MessageTemplates.RequestHandedOverNotice, Model(approval, earlier.Language, about).With("newName", to.DisplayName)),
            CancellationToken.None);
        return HandOverOutcome.HandedOver;
    }

    /// <summary>Who the request is about: the ambassador's name for a journey's request, else none.</summary>
    private async Task<string?> AboutAsync(PendingApproval approval)
        => HandOverRules.EmployeeOf(approval) is { } employeeId
            ? (await directory.GetEmployeeAsync(employeeId, CancellationToken.None))?.DisplayName ?? employeeId
            : null;

    private static MessageModel Model(PendingApproval approval, string language, string? about)
    {
        var text = ApprovalPageText.Find(language) ?? ApprovalPageText.English;
        var request = text.Kinds.TryGetValue(approval.Kind, out var kind) ? kind : approval.Kind;
        var cohort = CohortReadModel.CohortOf(approval.InstanceId);
        return new MessageModel()
            .With("request", request)
            .With("about", about ?? cohort)
            .With("where", about is null ? cohort : $"{about}, {cohort}");
    }
}
