using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>A long audit trail on the cohort page: the latest lines, and a sentence in HR's language
/// saying how many of how many and where the rest are (the filter, the CSV).</summary>
public sealed class CohortAuditLatestTests(AppHost app) : IClassFixture<AppHost>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("nl", "De laatste 100 van 130 regels. Filter op wie, wat of dagen om eerdere te zien; de CSV bevat ze allemaal.")]
    [InlineData("fr", "Les 100 dernières entrées sur 130. Filtrez par personne, action ou dates pour voir les précédentes ; le CSV les contient toutes.")]
    public async Task Render_130Entries_TheLatest100AndWhereTheRestAre(string language, string note)
    {
        var html = await RenderAsync(Trail(130), language);

        var page = Pages.Parse(html);
        Assert.Equal(note, page.QuerySelector("#audit-latest")!.TextContent);
        var details = page.QuerySelectorAll("table.audit td[data-label]").Where((_, i) => i % 4 == 3).Select(td => td.TextContent).ToList();
        Assert.Equal(Enumerable.Range(30, 100).Select(i => $"line {i}"), details);
    }

    [Fact]
    public async Task Render_100Entries_AllOfThemAndNoNote()
    {
        var page = Pages.Parse(await RenderAsync(Trail(100), "en"));

        Assert.Null(page.QuerySelector("#audit-latest"));
        Assert.Equal(100, page.QuerySelectorAll("table.audit tr").Length - 1);
    }

    private static AuditEntry[] Trail(int count)
        => [.. Enumerable.Range(0, count).Select(i => new AuditEntry("c1", Start.AddMinutes(i), "system", "reminder sent", $"line {i}"))];

    private Task<string> RenderAsync(AuditEntry[] entries, string language)
        => app.Services.GetRequiredService<PageRenderer>().RenderPartAsync(typeof(CohortAudit), new Dictionary<string, object?>
        {
            [nameof(CohortAudit.CohortId)] = "c1",
            [nameof(CohortAudit.Entries)] = entries,
            [nameof(CohortAudit.Text)] = DashboardText.For(language),
        });
}
