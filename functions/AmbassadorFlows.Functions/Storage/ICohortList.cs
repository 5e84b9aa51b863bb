using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>The cohort list as rows (SQLite and Azure Tables): HR's overview and API page through it,
/// newest first, instead of enumerating every orchestration with its input.</summary>
public interface ICohortList : ICohortRegister
{
    /// <summary>At most <paramref name="limit"/> cohorts, newest first, from <paramref name="after"/>
    /// (the <see cref="CohortListPage.Next"/> of the page before; null for the first page).</summary>
    /// <exception cref="FormatException"><paramref name="after"/> is not a token this list gave out.</exception>
    Task<CohortListPage> ListAsync(int limit, string? after, CancellationToken cancellationToken = default);

    /// <summary>The cohorts of one programme, oldest first (the programme's health lines them up).</summary>
    Task<IReadOnlyList<CohortListing>> ListOfProgrammeAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>Whether the cohorts started before the list existed have been copied into it.</summary>
    Task<bool> IsFilledAsync(CancellationToken cancellationToken = default);

    Task MarkFilledAsync(CancellationToken cancellationToken = default);
}

/// <summary>One page of the cohort list; <see cref="Next"/> reads on from it (null on the last page).</summary>
public sealed record CohortListPage(IReadOnlyList<CohortListing> Cohorts, string? Next);
