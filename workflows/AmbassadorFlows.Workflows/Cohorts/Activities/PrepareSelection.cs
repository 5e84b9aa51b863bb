using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>The candidates and their diversity summary, for HR's selection. Profiles are read here and
/// only the aggregate leaves: the proposal enters the cohort's history, which outlives any one
/// person's retention, so it holds ids (the email and the page name them when they show them).</summary>
public sealed class PrepareSelection : TaskActivity<SelectionInput, SelectionProposal>
{
    private readonly IDirectory _directory;

    public PrepareSelection(IDirectory directory)
    {
        _directory = directory;
    }

    public override async Task<SelectionProposal> RunAsync(TaskActivityContext context, SelectionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var profiles = new List<CandidateProfile>();
        foreach (var id in input.CandidateIds)
        {
            var employee = await _directory.GetEmployeeAsync(id, CancellationToken.None);
            if (employee is not null)
            {
                profiles.Add(new CandidateProfile(employee.Id, employee.DisplayName, employee.Department, employee.Level, employee.Region, employee.HireDate,
                    input.NominatedIds.Contains(employee.Id, StringComparer.OrdinalIgnoreCase)));
            }
        }

        return new SelectionProposal([.. profiles.Select(p => new SelectionCandidate(p.EmployeeId, p.Nominated))], DiversitySummary.Of(profiles, input.AsOf));
    }
}

public sealed record SelectionInput(IReadOnlyList<string> CandidateIds, IReadOnlyList<string> NominatedIds, DateOnly AsOf);

public sealed record SelectionProposal(IReadOnlyList<SelectionCandidate> Candidates, DiversitySummary Summary);

/// <summary>A candidate in the proposal: who (by id only) and whether a colleague nominated them.</summary>
public sealed record SelectionCandidate(string EmployeeId, bool Nominated);
