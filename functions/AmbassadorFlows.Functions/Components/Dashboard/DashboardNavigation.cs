using System.Reflection;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components.Ops;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Programmes;

namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>One link of the dashboard's header and the roles that may open it.</summary>
public sealed record NavigationLink(string Path, Func<DashboardText, string> Label, IReadOnlyList<string> Roles)
{
    public bool OpensFor(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.HasAny(Roles);
    }
}

/// <summary>
/// The header's links. Who may open each is read from the <see cref="RequireRolesAttribute"/> of the
/// handler that serves it — the rule the access gate applies to the route in both modes — so the header
/// never offers a link that answers 403, and a change of a page's roles changes its link with it.
/// </summary>
public static class DashboardNavigation
{
    public static IReadOnlyList<NavigationLink> Links { get; } =
    [
        Link("/", t => t.Overview, DashboardEndpoints.OverviewAsync),
        Link(NewCohortEndpoints.Route, t => NewCohortText.For(t.Language).Title, NewCohortEndpoints.FormAsync),
        Link("/people", t => People.PeopleText.For(t.Language).Title, Functions.People.PeopleEndpoints.SearchAsync),
        Link(InstanceEndpoints.ListPath, t => OpsText.For(t.Language).Repairs, InstanceEndpoints.ListAsync),
        Link("/outbox", t => t.Outbox, DashboardEndpoints.OutboxAsync),
        Link("/dry-run", t => t.DryRun, DashboardEndpoints.DryRunForm),
        Link("/programmes", t => t.Programmes, ProgrammeEndpoints.ListPageAsync),
        Link(CohortApiDocument.Route, t => t.HrApi, CohortApiDocument.GetAsync),
    ];

    /// <summary>The links <paramref name="caller"/> may open, in header order; none for nobody.</summary>
    public static IReadOnlyList<NavigationLink> For(Caller? caller)
        => caller is null ? [] : [.. Links.Where(l => l.OpensFor(caller))];

    private static NavigationLink Link(string path, Func<DashboardText, string> label, Delegate handler)
        => new(path, label, handler.Method.GetCustomAttribute<RequireRolesAttribute>()?.Roles
            ?? throw new InvalidOperationException($"{handler.Method.DeclaringType?.Name}.{handler.Method.Name} serves {path} but declares no roles."));
}
