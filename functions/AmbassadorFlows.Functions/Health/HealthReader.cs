using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Reads what <see cref="HealthModel"/> needs from the app's stores, in both modes. The
/// Durable client is a parameter, as for <see cref="CohortReadModel"/>: in Azure it is the binding
/// of the function being run.</summary>
public sealed class HealthReader(CohortReadModel cohorts, CohortReports reports, IProgrammeCatalog catalog)
{
    /// <summary>A cohort's health, or null when there is no such cohort.</summary>
    public async Task<HealthReport?> CohortAsync(DurableTaskClient client, string cohortId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var cohort = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: true, cancellationToken);
        if (cohort is null || !CohortReadModel.IsCohort(cohort))
        {
            return null;
        }

        return (await reports.ReadAsync(cohortId, CohortReadModel.ReadRequest(cohort), cancellationToken)).Report;
    }

    /// <summary>A programme's health over all its cohorts, or null when there is no such programme.</summary>
    public async Task<HealthReport?> ProgrammeAsync(DurableTaskClient client, string programmeId, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(programmeId, null, cancellationToken) is not { } programme)
        {
            return null;
        }

        var totals = new List<(string, FigureTotals)>();
        foreach (var cohort in await cohorts.ListOfProgrammeAsync(client, programmeId, cancellationToken))
        {
            totals.Add((cohort.CohortId, await reports.ReadTotalsAsync(cohort, cancellationToken)));
        }

        return HealthModel.ForProgramme(programmeId, programme.TimeBudgetHoursPerMonth, totals);
    }
}
