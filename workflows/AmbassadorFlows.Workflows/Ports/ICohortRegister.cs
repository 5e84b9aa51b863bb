namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Port: the app's list of cohorts, one row per cohort, so HR's pages page through rows
/// instead of enumerating every orchestration. Written when a cohort is started and again when it is
/// planned (an upsert: the first write's creation time stays), so cohorts started any other way (the
/// host's management API) are listed too.</summary>
public interface ICohortRegister
{
    Task RecordCohortAsync(CohortListing cohort, CancellationToken cancellationToken = default);
}

/// <summary>What the cohort list keeps of a cohort: what HR asked for. Its status and step are the
/// orchestration's, read when a page shows the row (Ops may end it through the host's API).</summary>
public sealed record CohortListing(string CohortId, string ProgrammeId, int? ProgrammeVersion, string HrOwnerId, DateTimeOffset CreatedAt);
