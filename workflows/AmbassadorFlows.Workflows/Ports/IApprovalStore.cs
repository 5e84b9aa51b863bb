namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Human steps waiting on a person, their decisions, and the audit trail. A decision is
/// recorded exactly once; whoever comes second learns who decided and when.</summary>
public interface IApprovalStore
{
    /// <summary>Records a pending approval. Idempotent on <see cref="PendingApproval.ApprovalId"/>.</summary>
    Task<PendingApproval> CreateAsync(PendingApproval approval, CancellationToken cancellationToken = default);

    Task<PendingApproval?> GetAsync(string approvalId, CancellationToken cancellationToken = default);

    /// <summary>Records the decision if none exists yet. Returns the decision that stands and
    /// whether it was this call that recorded it.</summary>
    Task<DecisionOutcome> TryDecideAsync(ApprovalDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Closes an approval nobody answered (timed out, superseded); later decisions are refused.</summary>
    Task CloseAsync(string approvalId, string reason, DateTimeOffset closedAt, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PendingApproval>> ListPendingAsync(string? instanceIdPrefix = null, CancellationToken cancellationToken = default);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Notes that the decision's event reached its orchestration, or, with
    /// <paramref name="undeliverableReason"/>, that it never can (the instance is gone or finished), so
    /// nothing redelivers it. No effect on an approval without a decision or already settled.</summary>
    Task MarkDeliveredAsync(string approvalId, DateTimeOffset at, string? undeliverableReason = null, CancellationToken cancellationToken = default);

    /// <summary>Approvals whose decision was recorded at or before <paramref name="decidedBefore"/> and
    /// whose event is not known to have reached the orchestration, oldest decision first, at most
    /// <paramref name="limit"/>. A decision is recorded before its event is raised; these are the ones
    /// a crash or an unreachable engine left in between.</summary>
    Task<IReadOnlyList<PendingApproval>> ListUndeliveredAsync(DateTimeOffset decidedBefore, int limit = 100, CancellationToken cancellationToken = default);
}

/// <summary>A question put to one person. <see cref="EventName"/> is raised on
/// <see cref="InstanceId"/> when they answer; <see cref="Options"/> are the allowed decisions.</summary>
public sealed record PendingApproval(
    string ApprovalId,
    string InstanceId,
    string EventName,
    string Kind,
    string AssigneeId,
    string AssigneeEmail,
    IReadOnlyList<string> Options,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>What the page shows the person (already rendered in their language), as JSON.</summary>
    public string? DetailsJson { get; init; }

    public ApprovalDecision? Decision { get; init; }

    public string? ClosedReason { get; init; }
}

public sealed record ApprovalDecision(
    string ApprovalId,
    string Decision,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    string? Comment = null,
    string? DataJson = null)
{
    /// <summary>When the decision's event was delivered (or given up on, see
    /// <see cref="UndeliverableReason"/>); null while it is still owed to the orchestration.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Why the event can never be delivered (instance gone or finished); null when it was delivered or is still owed.</summary>
    public string? UndeliverableReason { get; init; }
}

public sealed record DecisionOutcome(ApprovalDecision Decision, bool RecordedNow);

public sealed record AuditEntry(
    string InstanceId,
    DateTimeOffset At,
    string Actor,
    string Action,
    string? Details = null);
