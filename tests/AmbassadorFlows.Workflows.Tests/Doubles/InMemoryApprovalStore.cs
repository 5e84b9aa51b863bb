using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

public sealed class InMemoryApprovalStore : IApprovalStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PendingApproval> _approvals = new(StringComparer.Ordinal);
    private readonly List<AuditEntry> _audit = [];

    public IReadOnlyList<PendingApproval> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _approvals.Values];
            }
        }
    }

    public IReadOnlyList<AuditEntry> Audit
    {
        get
        {
            lock (_gate)
            {
                return [.. _audit];
            }
        }
    }

    public Task<PendingApproval> CreateAsync(PendingApproval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        lock (_gate)
        {
            return Task.FromResult(_approvals.TryGetValue(approval.ApprovalId, out var existing) ? existing : _approvals[approval.ApprovalId] = approval);
        }
    }

    public Task<PendingApproval?> GetAsync(string approvalId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_approvals.GetValueOrDefault(approvalId));
        }
    }

    public Task<DecisionOutcome> TryDecideAsync(ApprovalDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        lock (_gate)
        {
            var approval = _approvals[decision.ApprovalId];
            if (approval.Decision is { } existing)
            {
                return Task.FromResult(new DecisionOutcome(existing, RecordedNow: false));
            }

            if (approval.ClosedReason is not null)
            {
                throw new InvalidOperationException($"{decision.ApprovalId} is closed: {approval.ClosedReason}");
            }

            _approvals[decision.ApprovalId] = approval with { Decision = decision };
            return Task.FromResult(new DecisionOutcome(decision, RecordedNow: true));
        }
    }

    public Task CloseAsync(string approvalId, string reason, DateTimeOffset closedAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_approvals.TryGetValue(approvalId, out var approval) && approval.Decision is null && approval.ClosedReason is null)
            {
                _approvals[approvalId] = approval with { ClosedReason = reason };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingApproval>> ListPendingAsync(string? instanceIdPrefix = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PendingApproval>>([.. _approvals.Values.Where(a =>
                a.Decision is null && a.ClosedReason is null && (instanceIdPrefix is null || a.InstanceId.StartsWith(instanceIdPrefix, StringComparison.Ordinal)))]);
        }
    }

    public Task MarkDeliveredAsync(string approvalId, DateTimeOffset at, string? undeliverableReason = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_approvals.TryGetValue(approvalId, out var approval) && approval.Decision is { DeliveredAt: null } decision)
            {
                _approvals[approvalId] = approval with { Decision = decision with { DeliveredAt = at, UndeliverableReason = undeliverableReason } };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingApproval>> ListUndeliveredAsync(DateTimeOffset decidedBefore, int limit = 100, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PendingApproval>>([.. _approvals.Values
                .Where(a => a.Decision is { DeliveredAt: null } d && d.DecidedAt <= decidedBefore)
                .OrderBy(a => a.Decision!.DecidedAt)
                .Take(limit)]);
        }
    }

    public Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _audit.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([.. _audit.Where(a => a.InstanceId == instanceId)]);
        }
    }
}
