using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>HR opening a cohort page is audited each time, but the page's audit table shows what happened
/// to the cohort: HR's own reads are one line under it, while the trail keeps every read.</summary>
public sealed class CohortAuditReadsTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CohortPage_OpenedThreeTimes_ReadsSummedUpInOneLineAndEachKeptInTheTrail()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        using var client = app.NewClient();
        for (var i = 0; i < 2; i++)
        {
            await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang=en", UriKind.Relative));
        }

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang=en", UriKind.Relative)));

        Assert.DoesNotContain(AuditTrail.PersonalDataRead, page.QuerySelector("table.audit")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        // The page records its own read after reading the trail: two reads before this one.
        Assert.StartsWith("Personal data reads: 2; the last by ", page.QuerySelector("#reads")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (await app.Approvals.GetAuditAsync(cohortId)).Count(e => e.Action == AuditTrail.PersonalDataRead));
    }
}
