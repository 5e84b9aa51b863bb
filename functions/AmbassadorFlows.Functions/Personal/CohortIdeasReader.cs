using AmbassadorFlows.Functions.Components.Personal;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>A cohort's ideas and situations for HR, with each author's name from the directory now
/// (someone the directory no longer knows shows as their id). Render with <see cref="CohortIdeas"/>.</summary>
public sealed class CohortIdeasReader(IPersonalPageStore store, IDirectory directory)
{
    public async Task<IReadOnlyList<CohortIdeaView>> ReadAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        var ideas = await store.ListIdeasAsync(cohortId, cancellationToken: cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var views = new List<CohortIdeaView>(ideas.Count);
        foreach (var idea in ideas)
        {
            if (!names.TryGetValue(idea.EmployeeId, out var name))
            {
                name = (await directory.GetEmployeeAsync(idea.EmployeeId, cancellationToken))?.DisplayName ?? idea.EmployeeId;
                names[idea.EmployeeId] = name;
            }

            views.Add(new CohortIdeaView(idea, name));
        }

        return views;
    }
}

/// <summary>One shared idea as HR sees it: the idea and its author's name.</summary>
public sealed record CohortIdeaView(CohortIdea Idea, string AuthorName);
