using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Personal;
using Microsoft.AspNetCore.Components;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>Which component renders which personal page.</summary>
public static class PersonalPages
{
    public static Task<string> HomeAsync(PageRenderer renderer, PersonalView view, IdeaForm? idea = null)
        => Render<PersonalHomePage>(renderer, new() { [nameof(PersonalHomePage.View)] = view, [nameof(PersonalHomePage.Idea)] = idea });

    public static Task<string> ConfirmRequestsAsync(PageRenderer renderer, PersonalView view, IReadOnlyList<RequestChoice> choices)
        => Render<ConfirmRequestsPage>(renderer, new() { [nameof(ConfirmRequestsPage.View)] = view, [nameof(ConfirmRequestsPage.Choices)] = choices });

    public static Task<string> ConfirmStepDownAsync(PageRenderer renderer, PersonalView view)
        => Render<ConfirmStepDownPage>(renderer, new() { [nameof(ConfirmStepDownPage.View)] = view });

    public static Task<string> ConfirmIdeaAsync(PageRenderer renderer, PersonalView view, IdeaForm idea, string ideaId)
        => Render<ConfirmIdeaPage>(renderer, new() { [nameof(ConfirmIdeaPage.View)] = view, [nameof(ConfirmIdeaPage.Idea)] = idea, [nameof(ConfirmIdeaPage.IdeaId)] = ideaId });

    public static Task<string> DoneAsync(PageRenderer renderer, PersonalView view, string title, string lead, IReadOnlyList<string> lines)
        => Render<PersonalDonePage>(renderer, new() { [nameof(PersonalDonePage.View)] = view, [nameof(PersonalDonePage.Title)] = title, [nameof(PersonalDonePage.Lead)] = lead, [nameof(PersonalDonePage.Lines)] = lines });

    private static Task<string> Render<TPage>(PageRenderer renderer, Dictionary<string, object?> parameters)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.RenderAsync(typeof(TPage), parameters);
    }
}
