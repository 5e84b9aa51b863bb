using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Returns the programme so that its content is recorded in the cohort's history, its texts'
/// placeholders filled in (<see cref="ProgrammePlaceholders"/>): the history, the emails and the pages
/// built from it carry the words people read.</summary>
public sealed class LoadProgramme : TaskActivity<ProgrammeRef, ProgrammeDefinition>
{
    private readonly IProgrammeCatalog _catalog;

    public LoadProgramme(IProgrammeCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <exception cref="ProgrammeNotFoundException">No such programme or version: the cohort fails visibly, naming it.</exception>
    public override async Task<ProgrammeDefinition> RunAsync(TaskActivityContext context, ProgrammeRef input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var programme = await _catalog.FindAsync(input.ProgrammeId, input.Version, CancellationToken.None)
            ?? throw new ProgrammeNotFoundException(input.ProgrammeId, input.Version);
        return ProgrammePlaceholders.ResolveTexts(programme);
    }
}

public sealed record ProgrammeRef(string ProgrammeId, int? Version);
