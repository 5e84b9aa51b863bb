using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Health;

/// <summary>A cohort's figures as the health pages and the cohort page show them, under the programme
/// version the cohort runs (its budget, languages and at-risk thresholds): the kept report while none
/// of its inputs has changed (one row, whatever the cohort's size); otherwise added up ambassador by
/// ambassador from every row (<see cref="FigureParts"/>), and kept under the version read before the rows, so a change
/// meanwhile is never hidden. Where the store keeps the figures as per-ambassador parts
/// (<see cref="ICohortFigureParts"/>), a changed cohort costs what changed, not every row.</summary>
public sealed class CohortReports(ICohortFiguresSource figures, IProgrammeCatalog catalog, IHealthSnapshots? snapshots = null, ICohortFigureParts? parts = null)
{
    /// <summary>Used when the programme (or the version a cohort ran) is no longer in the catalogue.</summary>
    private static readonly Figures Fallback = new(3, ["en"], AtRiskSettings.Default, null);

    /// <summary>Part of the basis, so what an older release kept (a report without the at-risk list) is recomputed, not read.</summary>
    private const string KeptShape = "2";

    public async Task<KeptCohortReport> ReadAsync(string cohortId, CohortRequest? request, CancellationToken cancellationToken)
    {
        var (programme, basis) = await BasisAsync(request?.ProgrammeId, request?.ProgrammeVersion, cancellationToken);
        var (version, kept) = snapshots is null ? (0L, null) : await snapshots.ReadAsync(cohortId, basis.Key, cancellationToken);
        if (kept is null)
        {
            kept = (await TotalsAsync(cohortId, basis, cancellationToken)).ToKept(cohortId, basis);
            if (snapshots is not null)
            {
                await snapshots.WriteAsync(cohortId, version, basis.Key, kept, cancellationToken);
            }
        }

        return kept with { Report = kept.Report with { MeetingTimeZone = programme.TimeZone } };
    }

    /// <summary>A cohort's figures as sums, under the programme version it runs: what a programme's
    /// health adds up (term counts, not only the top themes).</summary>
    public async Task<FigureTotals> ReadTotalsAsync(CohortListing cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var (_, basis) = await BasisAsync(cohort.ProgrammeId, cohort.ProgrammeVersion, cancellationToken);
        return await TotalsAsync(cohort.CohortId, basis, cancellationToken);
    }

    /// <summary>The kept sums brought up to date where the store keeps parts; otherwise computed from every row.</summary>
    private async Task<FigureTotals> TotalsAsync(string cohortId, FigureBasis basis, CancellationToken cancellationToken)
        => parts is null
            ? FigureParts.Build(await figures.ReadAsync(cohortId, cancellationToken), basis).Totals
            : await parts.ReadTotalsAsync(cohortId, basis, cancellationToken);

    private async Task<(Figures Programme, FigureBasis Basis)> BasisAsync(string? programmeId, int? programmeVersion, CancellationToken cancellationToken)
    {
        var programme = programmeId is not null && await catalog.FindAsync(programmeId, programmeVersion, cancellationToken) is { } p
            ? new Figures(p.TimeBudgetHoursPerMonth, p.Languages, p.AtRisk, p.Meetings.TimeZone)
            : Fallback;
        var key = $"{KeptShape}|{programmeId}|{programmeVersion}|{programme.BudgetHoursPerMonth}";
        return (programme, new FigureBasis(key, programmeId, programme.BudgetHoursPerMonth, programme.AtRisk, programme.Languages));
    }

    private sealed record Figures(double BudgetHoursPerMonth, IReadOnlyList<string> Languages, AtRiskSettings AtRisk, string? TimeZone);
}
