using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>A cohort as HR's change pages need it: the request it started with, its programme (the
/// meetings' time zone), and its owner and this term's meetings as its orchestration holds them
/// (the custom status of a version-4 cohort; null for older ones, which cannot take changes).
/// One instance read, whatever the cohort's size.</summary>
public sealed record CohortChangeState(string CohortId, CohortRequest Request, CohortCalendarStatus? Calendar, ProgrammeDefinition? Programme, bool Running)
{
    public TimeZoneInfo Zone => Components.PageDates.Zone(Programme?.Meetings.TimeZone);

    public static async Task<CohortChangeState?> LoadAsync(DurableTaskClient client, IProgrammeCatalog catalog, string cohortId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(catalog);
        var instance = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null || !CohortReadModel.IsCohort(instance) || instance.ReadInputAs<CohortRequest>() is not { } request)
        {
            return null;
        }

        var programme = await catalog.FindAsync(request.ProgrammeId, request.ProgrammeVersion, cancellationToken);
        return new CohortChangeState(cohortId, request, CohortReadModel.ReadStatus(instance)?.Cohort, programme, instance.RuntimeStatus == OrchestrationRuntimeStatus.Running);
    }
}
