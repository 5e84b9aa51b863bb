using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Figures;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The cohort page's at-risk list says each reason in the page's language, never the English
/// the reasons carry for logs.</summary>
public sealed class CohortAtRiskTests(AppHost app) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("da", "Emma Thompson: kunne ikke finde tid i måned 3; deltog ikke i de seneste 2 møder")]
    [InlineData("fr", "Emma Thompson : pas pu dégager de temps au mois 3 ; absence aux 2 dernières réunions")]
    public async Task Render_TwoReasons_InThePagesLanguage(string language, string expected)
    {
        AtRiskView[] atRisk = [new("E007", "Emma Thompson", [new AtRiskReason(AtRiskKind.NoTime, 3, 1), new AtRiskReason(AtRiskKind.MissedMeetings, 3, 2)])];

        var html = await app.Services.GetRequiredService<PageRenderer>().RenderPartAsync(typeof(CohortAtRisk), new Dictionary<string, object?>
        {
            [nameof(CohortAtRisk.AtRisk)] = atRisk,
            [nameof(CohortAtRisk.Text)] = DashboardText.For(language),
        });

        Assert.Equal(expected, Pages.Parse(html).QuerySelector("li")!.TextContent);
    }
}
