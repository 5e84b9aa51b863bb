using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>One row of HR's candidate table.</summary>
public sealed record CandidateRow(string EmployeeId, string? Name, string? Department, string? Level, string? Region, string SeniorityBand, bool Nominated, string? Motivation);

/// <summary>The selection request as HR's page shows it: the diversity summary and every candidate.</summary>
public sealed record SelectionView(DiversitySummary? Summary, IReadOnlyList<CandidateRow> Candidates);

/// <summary>
/// Reads HR's selection request. Its details come from the cohort's history, which keeps only
/// employee ids (it outlives each person's retention), so name, department, level and region are
/// read from the directory now and the motivation from the person's own application; nothing of
/// them is stored here. A candidate the directory no longer knows has no name.
/// </summary>
public static class SelectionDetails
{
    /// <summary>The proposal; null when the details are unreadable, which offers no choices.</summary>
    public static SelectionProposal? Proposal(string? detailsJson) => Details.Read<SelectionProposal>(detailsJson);

    /// <summary>The ids HR may choose from (also what the form accepts).</summary>
    public static IReadOnlyList<string> CandidateIds(string? detailsJson)
        => Proposal(detailsJson)?.Candidates?.Select(c => c.EmployeeId).Where(id => !string.IsNullOrEmpty(id)).ToList() ?? [];

    public static async Task<SelectionView> ReadAsync(PendingApproval approval, IDirectory directory, IApprovalStore approvals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(approvals);
        var proposal = Proposal(approval.DetailsJson);
        var asOf = DateOnly.FromDateTime(approval.CreatedAt.UtcDateTime);
        var rows = new List<CandidateRow>();
        foreach (var candidate in proposal?.Candidates ?? [])
        {
            var employee = await directory.GetEmployeeAsync(candidate.EmployeeId, cancellationToken);
            var application = await approvals.GetAsync($"{approval.InstanceId}:apply:{candidate.EmployeeId}", cancellationToken);
            rows.Add(new CandidateRow(
                candidate.EmployeeId,
                employee?.DisplayName,
                employee?.Department,
                employee?.Level,
                employee?.Region,
                DiversitySummary.SeniorityBand(employee?.HireDate, asOf),
                candidate.Nominated,
                application?.Decision?.Comment));
        }

        return new SelectionView(proposal?.Summary, rows);
    }
}
