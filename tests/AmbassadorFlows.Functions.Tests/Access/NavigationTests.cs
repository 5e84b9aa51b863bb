using System.Net;
using System.Net.Http.Headers;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>The header fits the caller, both ways, over real HTTP with each role's key: every link a
/// role is shown opens for it, and every dashboard page a role may open is linked in its header.</summary>
public sealed class NavigationTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    public static TheoryData<string> Roles() => [AppRoles.HR, AppRoles.Ops, AppRoles.Viewer];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Navigation_EachLinkOfARole_OpensForThatRole(string role)
    {
        using var client = Browser(role);
        var links = await HeaderLinksAsync(client);

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {link} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Navigation_EveryPageARoleMayOpen_IsInItsHeader(string role)
    {
        using var client = Browser(role);
        var links = await HeaderLinksAsync(client);

        // A dashboard page: a GET route of the app outside the APIs, with no parameter to fill in, behind a role.
        var pages = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.RoutePattern.Parameters.Count == 0)
            .Select(e => (Path: e.RoutePattern.RawText ?? string.Empty, Rule: e.Metadata.GetMetadata<RequireRolesAttribute>()))
            .Where(e => e.Rule is not null && !e.Path.StartsWith("/api/", StringComparison.Ordinal) && !e.Path.StartsWith("/runtime/", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(pages, p => p.Path == "/instances");
        foreach (var (path, rule) in pages.Where(p => p.Rule!.Roles.Contains(role)))
        {
            Assert.True(links.Contains(path), $"{role} may open {path} but its header does not link it (links: {string.Join(", ", links)})");
        }
    }

    [Fact]
    public async Task Navigation_Viewer_OffersNoOutboxDryRunProgrammesOrRepairs()
    {
        using var client = Browser(AppRoles.Viewer);

        var links = await HeaderLinksAsync(client);

        Assert.Equal(["/", "/openapi/v1.json"], links);
    }

    [Fact]
    public void Navigation_Links_ComeFromTheHandlersRoleAttributes()
    {
        var ops = new Caller("o", "o", new HashSet<string>(StringComparer.Ordinal) { AppRoles.Ops });

        Assert.Equal(["/", "/instances", "/openapi/v1.json"], DashboardNavigation.For(ops).Select(l => l.Path));
        Assert.Empty(DashboardNavigation.For(null));
    }

    private HttpClient Browser(string role)
    {
        var client = host.ClientAs(role);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    private static async Task<List<string>> HeaderLinksAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(string.Empty);
        return [.. Pages.Parse(html).QuerySelectorAll("header nav.site a").Select(a => a.GetAttribute("href") ?? string.Empty)];
    }
}
