using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Reads what <see cref="HealthModel"/> needs from the app's stores, in both modes. The
/// Durable client is a parameter, as for <see cref="CohortReadModel"/>: in Azure it is the binding
/// of the function being run.</summary>
public sealed class HealthReader(CohortReadModel cohorts, ICohortProgress progress, IApprovalHistory approvals, IProgrammeCatalog catalog)
{
    /// <summary>Every approval of a cohort's journeys, far more than a cohort makes (a few a month per ambassador).</summary>
    private const int ApprovalLimit = 100_000;

    /// <summary>Used when the programme (or the version a cohort ran) is no longer in the catalogue.</summary>
    private static readonly ProgrammeFigures Fallback = new(3, ["en"]);

    /// <summary>A cohort's health, or null when there is no such cohort.</summary>
    public async Task<HealthReport?> CohortAsync(DurableTaskClient client, string cohortId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var cohort = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: true, cancellationToken);
        if (cohort is null || !CohortReadModel.IsCohort(cohort))
        {
            return null;
        }

        var request = CohortReadModel.ReadRequest(cohort);
        // The cohort's own version: the budget it was run with.
        var programme = request is not null && await catalog.FindAsync(request.ProgrammeId, request.ProgrammeVersion, cancellationToken) is { } p ? new ProgrammeFigures(p.TimeBudgetHoursPerMonth, p.Languages) : Fallback;
        return HealthModel.ForCohort(await InputAsync(cohortId, cancellationToken), request?.ProgrammeId, programme.BudgetHoursPerMonth, programme.Languages);
    }

    /// <summary>A programme's health over all its cohorts, or null when there is no such programme.</summary>
    public async Task<HealthReport?> ProgrammeAsync(DurableTaskClient client, string programmeId, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(programmeId, null, cancellationToken) is not { } programme)
        {
            return null;
        }

        var inputs = new List<CohortHealthInput>();
        foreach (var cohort in (await cohorts.ListAsync(client, cancellationToken)).Where(c => string.Equals(c.Programme, programmeId, StringComparison.Ordinal)).OrderBy(c => c.CreatedAt))
        {
            inputs.Add(await InputAsync(cohort.Id, cancellationToken));
        }

        return HealthModel.ForProgramme(programmeId, inputs, programme.TimeBudgetHoursPerMonth, programme.Languages);
    }

    private async Task<CohortHealthInput> InputAsync(string cohortId, CancellationToken cancellationToken)
        => new(
            cohortId,
            await progress.GetCohortAsync(cohortId, cancellationToken),
            await approvals.ListAllAsync(CohortReadModel.JourneyPrefix(cohortId), ApprovalLimit, cancellationToken));

    private sealed record ProgrammeFigures(double BudgetHoursPerMonth, IReadOnlyList<string> Languages);
}
