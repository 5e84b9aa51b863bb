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
    string? DataJson = null);

public sealed record DecisionOutcome(ApprovalDecision Decision, bool RecordedNow);

public sealed record AuditEntry(
    string InstanceId,
    DateTimeOffset At,
    string Actor,
    string Action,
    string? Details = null);
