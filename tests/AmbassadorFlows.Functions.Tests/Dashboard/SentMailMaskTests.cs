using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>With a real mail server configured, the sent-mail viewer shows links with their token masked
/// and says so; the local outbox (nobody else receives its mail) keeps working links.</summary>
public sealed class SentMailMaskTests : IAsyncLifetime
{
    private readonly MiniSmtpServer _smtp = new();
    private AppHost _relaying = null!;
    private AppHost _outboxOnly = null!;

    public async Task InitializeAsync()
    {
        _relaying = new AppHost(["--Email:Provider=Smtp", "--Email:Smtp:Host=127.0.0.1", $"--Email:Smtp:Port={_smtp.Port}", "--Email:Smtp:Security=None", "--Email:Sender=ambassadors@contoso.example"], null);
        _outboxOnly = new AppHost();
        await _relaying.InitializeAsync();
        await _outboxOnly.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _relaying.DisposeAsync();
        await _outboxOnly.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Message_RealMailServer_LinksMaskedAndSaysSo()
    {
        await _relaying.CreateCohortAsync(["E007"]);
        var sent = await _relaying.WaitForEmailAsync("E007", "posting-invitation");
        var link = AppHost.LinkIn(sent);
        var token = link[(link.LastIndexOf('/') + 1)..];
        using var hr = _relaying.NewClient();

        var outbox = await hr.GetStringAsync("outbox");
        var page = await hr.GetStringAsync($"outbox/{sent.Id}");
        var body = await hr.GetStringAsync($"outbox/{sent.Id}/body");

        Assert.Equal(DashboardText.English.LinksMasked, Pages.Text(outbox, "#links-masked"));
        Assert.Equal(DashboardText.English.LinksMasked, Pages.Text(page, "#links-masked"));
        foreach (var html in new[] { page, body })
        {
            Assert.DoesNotContain(token, html, StringComparison.Ordinal);
            Assert.Contains(LinkRedaction.Placeholder, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Message_LocalOutbox_LinksWork()
    {
        await _outboxOnly.CreateCohortAsync(["E007"]);
        var sent = await _outboxOnly.WaitForEmailAsync("E007", "posting-invitation");
        using var hr = _outboxOnly.NewClient();

        var page = await hr.GetStringAsync($"outbox/{sent.Id}");

        Assert.Null(Pages.Parse(page).QuerySelector("#links-masked"));
        Assert.Contains(Pages.Parse(page).QuerySelectorAll("#email-links a"), a => a.GetAttribute("href") == AppHost.LinkIn(sent));
    }
}
