using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>What the overview shows; each list is empty when <see cref="Viewer"/>'s roles may not see it.</summary>
public sealed record OverviewModel(
    IReadOnlyList<CohortSummary> Cohorts,
    IReadOnlyList<OrchestrationMetadata> Running,
    IReadOnlyList<PendingApproval> Pending,
    IReadOnlyList<OrchestrationMetadata> Failed,
    IReadOnlyList<OutboxMessage> RecentMail,
    DateTimeOffset Now,
    Caller Viewer)
{
    /// <summary>Where the next page of <see cref="Cohorts"/> starts (null on the last page).</summary>
    public string? OlderCohorts { get; init; }

    /// <summary>Whether <see cref="Cohorts"/> is a later page than the newest.</summary>
    public bool LaterPage { get; init; }
}
