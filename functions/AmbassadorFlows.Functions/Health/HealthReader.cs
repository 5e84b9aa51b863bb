using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Reads what <see cref="HealthModel"/> needs from the app's stores, in both modes. The
/// Durable client is a parameter, as for <see cref="CohortReadModel"/>: in Azure it is the binding
/// of the function being run.</summary>
public sealed class HealthReader(CohortReadModel cohorts, ICohortFiguresSource figures, IProgrammeCatalog catalog, IHealthSnapshots? snapshots = null)
{
    /// <summary>Used when the programme (or the version a cohort ran) is no longer in the catalogue.</summary>
    private static readonly ProgrammeFigures Fallback = new(3, ["en"], AtRiskSettings.Default, null);

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
        var programme = request is not null && await catalog.FindAsync(request.ProgrammeId, request.ProgrammeVersion, cancellationToken) is { } p ? new ProgrammeFigures(p.TimeBudgetHoursPerMonth, p.Languages, p.AtRisk, p.Meetings.TimeZone) : Fallback;
        // The kept report while nothing it was computed from has changed (one row, whatever the
        // cohort's size); otherwise computed from every row, as the cohort page and the summary do,
        // and kept under the version read before the rows, so a change meanwhile is never hidden.
        var basis = $"{request?.ProgrammeId}|{request?.ProgrammeVersion}|{programme.BudgetHoursPerMonth}";
        var (version, kept) = snapshots is null ? (0L, null) : await snapshots.ReadAsync(cohortId, basis, cancellationToken);
        var report = kept ?? HealthModel.ForCohort(await figures.ReadAsync(cohortId, cancellationToken), request?.ProgrammeId, programme.BudgetHoursPerMonth, programme.Languages, programme.AtRisk);
        if (kept is null && snapshots is not null)
        {
            await snapshots.WriteAsync(cohortId, version, basis, report, cancellationToken);
        }

        return report with { MeetingTimeZone = programme.TimeZone };
    }

    /// <summary>A programme's health over all its cohorts, or null when there is no such programme.</summary>
    public async Task<HealthReport?> ProgrammeAsync(DurableTaskClient client, string programmeId, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(programmeId, null, cancellationToken) is not { } programme)
        {
            return null;
        }

        var inputs = new List<CohortFiguresInput>();
        foreach (var cohort in await cohorts.ListOfProgrammeAsync(client, programmeId, cancellationToken))
        {
            inputs.Add(await figures.ReadAsync(cohort.CohortId, cancellationToken));
        }

        return HealthModel.ForProgramme(programmeId, inputs, programme.TimeBudgetHoursPerMonth, programme.Languages, programme.AtRisk);
    }

    private sealed record ProgrammeFigures(double BudgetHoursPerMonth, IReadOnlyList<string> Languages, AtRiskSettings AtRisk, string? TimeZone);
}
