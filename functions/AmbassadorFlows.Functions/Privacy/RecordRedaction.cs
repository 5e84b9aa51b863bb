using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// What erasure does to each kind of record, the same for every store: the store lists its records
/// and writes back those that changed (null = nothing to change).
/// </summary>
public static class RecordRedaction
{
    /// <summary>The person's own requests lose their address, comment, answers and details; requests
    /// of their journeys put to others (manager, HR) lose comment, answers and details, which are about
    /// the person; any other mention is redacted. Who decided stays, as an employee id.</summary>
    public static PendingApproval? Approval(PendingApproval approval, PersonalDataSubject subject, Redactor redactor)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var own = string.Equals(approval.AssigneeId, subject.EmployeeId, StringComparison.Ordinal);
        var aboutThem = own || subject.JourneyInstanceIds.Contains(approval.InstanceId);
        var decision = approval.Decision is { } d
            ? d with
            {
                DecidedBy = own || subject.IsAddress(d.DecidedBy) ? subject.EmployeeId : redactor.Redact(d.DecidedBy)!,
                Comment = aboutThem ? null : redactor.Redact(d.Comment),
                DataJson = aboutThem ? null : redactor.Redact(d.DataJson),
                UndeliverableReason = redactor.Redact(d.UndeliverableReason),
            }
            : null;
        var redacted = approval with
        {
            AssigneeEmail = own ? string.Empty : approval.AssigneeEmail,
            DetailsJson = aboutThem ? null : redactor.Redact(approval.DetailsJson),
            ClosedReason = redactor.Redact(approval.ClosedReason),
            Decision = decision,
        };
        return redacted == approval ? null : redacted;
    }

    /// <summary>An audit line keeps what happened and when; an actor who was the person becomes their id.</summary>
    public static AuditEntry? Audit(AuditEntry entry, PersonalDataSubject subject, Redactor redactor)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var redacted = entry with
        {
            Actor = subject.IsAddress(entry.Actor) ? subject.EmployeeId : redactor.Redact(entry.Actor)!,
            Details = redactor.Redact(entry.Details),
        };
        return redacted == entry ? null : redacted;
    }

    /// <summary>The approvals and audit lines an export holds: the person's own requests and those of
    /// their journeys, and every audit line of those journeys, by them or mentioning them.</summary>
    public static PersonalApprovals Export(IEnumerable<PendingApproval> approvals, IEnumerable<AuditEntry> audit, PersonalDataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(subject);
        var redactor = new Redactor(subject);
        return new PersonalApprovals(
            [.. approvals.Where(a => a.AssigneeId == subject.EmployeeId || subject.JourneyInstanceIds.Contains(a.InstanceId)).OrderBy(a => a.CreatedAt)],
            [.. audit.Where(e => subject.JourneyInstanceIds.Contains(e.InstanceId) || subject.IsAddress(e.Actor) || redactor.Matches(e.Details))]);
    }

    /// <summary>What identifies the person in one of their own requests: the address it went to, the
    /// comment and every text of the answers (check-in texts, feedback).</summary>
    public static void Collect(PendingApproval approval, PersonalDataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(subject);
        if (!string.Equals(approval.AssigneeId, subject.EmployeeId, StringComparison.Ordinal))
        {
            return;
        }

        subject.AddEmail(approval.AssigneeEmail);
        subject.AddEmail(approval.Decision?.DecidedBy);
        subject.AddText(approval.Decision?.Comment);
        foreach (var text in MentionKeys.JsonStrings(approval.Decision?.DataJson))
        {
            subject.AddText(text);
        }
    }

}

/// <summary>The approvals section of a personal-data export.</summary>
public sealed record PersonalApprovals(IReadOnlyList<PendingApproval> Approvals, IReadOnlyList<AuditEntry> Audit);
