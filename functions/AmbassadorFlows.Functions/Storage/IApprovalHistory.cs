using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>Every approval of some instances, decided, closed or open, for the dashboard's
/// instance page, and the whole audit trail. Both approval stores (SQLite, Azure Tables) offer it next to the port.</summary>
public interface IApprovalHistory
{
    /// <summary>Approvals of instances whose id starts with <paramref name="instanceIdPrefix"/> (all
    /// when null), newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PendingApproval>> ListAllAsync(string? instanceIdPrefix = null, int limit = 500, CancellationToken cancellationToken = default);

    /// <summary>The audit trail of every instance from <paramref name="since"/> on (all when null),
    /// oldest first, at most <paramref name="limit"/> entries: HR's audit page and CSV export.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(DateTimeOffset? since = null, int limit = 10_000, CancellationToken cancellationToken = default);
}
