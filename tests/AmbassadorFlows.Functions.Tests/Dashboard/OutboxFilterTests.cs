using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The outbox filter finds a person's mail by their address or their employee id.</summary>
public sealed class OutboxFilterTests(PopulatedAppHost host) : IClassFixture<PopulatedAppHost>
{
    [Fact]
    public async Task Outbox_FilteredByEmployeeId_ListsThatPersonsMailOnly()
    {
        using var client = host.App.NewClient();

        var byId = MessageLinks(await client.GetStringAsync("/outbox?to=E009"));
        var all = MessageLinks(await client.GetStringAsync("/outbox"));

        Assert.Contains($"/outbox/{host.MessageId}", byId);
        Assert.True(byId.Count < all.Count, "the filter left other people's mail in");
    }

    [Fact]
    public async Task Outbox_FilteredByIdNobodyHas_ListsNothing()
    {
        using var client = host.App.NewClient();

        Assert.Empty(MessageLinks(await client.GetStringAsync("/outbox?to=E999")));
    }

    private static List<string> MessageLinks(string html)
        => [.. Pages.Parse(html).QuerySelectorAll("table a[href^='/outbox/']").Select(a => a.GetAttribute("href")!).Distinct()];
}
