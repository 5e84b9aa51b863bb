using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>Every approval of some instances, decided, closed or open, for the dashboard's
/// instance page, and the whole audit trail. Both approval stores (SQLite, Azure Tables) offer it next to the port.</summary>
public interface IApprovalHistory
{
    /// <summary>Approvals of instances whose id starts with <paramref name="instanceIdPrefix"/> (all
    /// when null), newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PendingApproval>> ListAllAsync(string? instanceIdPrefix = null, int limit = 500, CancellationToken cancellationToken = default);

    /// <summary>The audit trail from <paramref name="since"/> on (all when null), oldest first, at most
    /// <paramref name="limit"/> entries after the page token <paramref name="after"/> (null: from the
    /// start): HR's audit API and CSV read it page by page, so a long trail is never cut.</summary>
    /// <exception cref="FormatException"><paramref name="after"/> is not a token of this store.</exception>
    Task<AuditPage> ListAuditPageAsync(DateTimeOffset? since, string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many requests of a cohort and its journeys are open and not past their deadline
    /// at <paramref name="now"/> (the overview's count per cohort; an indexed count in SQLite).</summary>
    Task<int> CountOpenOfCohortAsync(string cohortId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The open requests of exactly these instances (a cohort's own are not its journeys'), not
    /// past their deadline at <paramref name="now"/>, oldest first: the cohort page reads the cohort's and
    /// those of the journeys it shows, never the whole cohort's, in one read (Azure Tables can only
    /// filter the whole table on an instance, so one pass serves a page).</summary>
    Task<IReadOnlyList<PendingApproval>> ListOpenOfInstancesAsync(IReadOnlyCollection<string> instanceIds, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Open requests not past their deadline at <paramref name="now"/>, oldest first, at most
    /// <paramref name="limit"/>, after the request <paramref name="after"/> (null: from the oldest).</summary>
    Task<IReadOnlyList<PendingApproval>> ListOpenAsync(DateTimeOffset now, int limit, PendingApproval? after = null, CancellationToken cancellationToken = default);

    /// <summary>Every monthly check-in request of a cohort's journeys (the figures' request side), from
    /// rows kept per request as the approvals are written: no other approval and no page text is read.</summary>
    Task<IReadOnlyList<CheckInRequest>> ListCheckInRequestsOfCohortAsync(string cohortId, CancellationToken cancellationToken = default);
}
