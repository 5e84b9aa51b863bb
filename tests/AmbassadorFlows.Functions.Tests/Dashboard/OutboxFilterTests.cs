using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The outbox search finds a person's mail by their employee id, a word of their address or of a
/// subject, and reads on page by page.</summary>
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

    [Fact]
    public async Task Outbox_SearchedByTheFirstWordOfAnAddress_ListsThatPersonsMail()
    {
        using var client = host.App.NewClient();
        // Julie Lambert (E009) is the manager asked to approve; her address is julie.lambert@….
        var julie = await client.GetStringAsync("/outbox?q=julie");

        Assert.Contains($"/outbox/{host.MessageId}", MessageLinks(julie));
        Assert.All(Pages.Parse(julie).QuerySelectorAll("table.mail tr td:nth-child(2)"), td => Assert.Contains("julie", td.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("julie", Pages.Parse(julie).QuerySelector("input#q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Outbox_SearchedByWordsOfTheSubject_ListsMailWithThoseWords()
    {
        using var client = host.App.NewClient();
        var message = await host.App.Outbox.GetAsync(host.MessageId);
        var words = string.Join(' ', message!.Message.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).Take(2));

        var found = MessageLinks(await client.GetStringAsync($"/outbox?q={Uri.EscapeDataString(words)}"));

        Assert.Contains($"/outbox/{host.MessageId}", found);
        Assert.Empty(MessageLinks(await client.GetStringAsync($"/outbox?q={Uri.EscapeDataString(words + " zzqx")}")));
    }

    [Fact]
    public async Task Outbox_MoreMatchesThanAPage_OlderLinkReadsOnWithoutRepeats()
    {
        // A word only these mails carry, so other tests' mail cannot change the count.
        var word = $"paging{Guid.NewGuid():N}";
        for (var i = 0; i < OutboxRecipient.PageSize + 3; i++)
        {
            await host.App.Outbox.SendAsync(new EmailMessage($"outbox-paging:{word}:{i}", new EmailAddress("paging@contoso.example"), $"Note {word} {i}", "<p>note</p>", "note"));
        }

        using var client = host.App.NewClient();
        var first = await client.GetStringAsync($"/outbox?q={word}");
        var older = Pages.Parse(first).QuerySelector("a#older")?.GetAttribute("href");
        var second = await client.GetStringAsync(older);

        Assert.Equal(OutboxRecipient.PageSize, MessageLinks(first).Count);
        Assert.Equal(3, MessageLinks(second).Count);
        Assert.Empty(MessageLinks(first).Intersect(MessageLinks(second)));
        Assert.Null(Pages.Parse(second).QuerySelector("a#older"));
        Assert.Equal($"/outbox?q={word}", Pages.Parse(second).QuerySelector("a#newest")?.GetAttribute("href"));
    }

    private static List<string> MessageLinks(string html)
        => [.. Pages.Parse(html).QuerySelectorAll("table a[href^='/outbox/']").Select(a => a.GetAttribute("href")!).Distinct()];
}
