using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Profiles of the candidates and their diversity summary, for HR's selection.</summary>
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

        return new SelectionProposal(profiles, DiversitySummary.Of(profiles, input.AsOf));
    }
}

public sealed record SelectionInput(IReadOnlyList<string> CandidateIds, IReadOnlyList<string> NominatedIds, DateOnly AsOf);

public sealed record SelectionProposal(IReadOnlyList<CandidateProfile> Candidates, DiversitySummary Summary);
