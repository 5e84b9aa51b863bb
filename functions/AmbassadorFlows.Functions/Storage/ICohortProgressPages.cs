using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>A cohort's ambassadors a page at a time, for HR's cohort page, the API and the roster: a
/// page costs its own rows, whatever the cohort's size. Both progress stores offer it next to the port.</summary>
public interface ICohortProgressPages
{
    /// <summary>At most <paramref name="limit"/> ambassadors of the cohort after <paramref name="afterEmployeeId"/>
    /// (from the first when null) in the store's key order, each with its check-ins.</summary>
    Task<IReadOnlyList<AmbassadorProgress>> GetCohortPageAsync(string cohortId, string? afterEmployeeId, int limit, CancellationToken cancellationToken = default);
}
