using System.Globalization;
using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Tests.Local;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Health;

/// <summary>The health pages and CSV of the 12-month cohort where two of three ambassadors step down
/// (after months 3 and 5), read from what the app serves: the SVG's bars and points, the tables, the CSV.</summary>
[Collection(HealthScenarioCollection.Name)]
public sealed class CohortHealthScenarioTests(HealthScenario scenario)
{
    private static readonly int[] ActiveByMonth = [3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1];
    private static readonly int[] StepDownsByMonth = [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0];

    [Fact]
    public async Task CohortPage_TwoStepDowns_ChartShowsTheDipAndTheStepDownsInTheirMonths()
    {
        var page = await PageAsync(CohortPath);

        var chart = page.QuerySelector("svg#chart-active")!;
        Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("desc")?.TextContent));
        Assert.Equal(ActiveByMonth, Values(chart, "rect.bar.active"));
        Assert.Equal(StepDownsByMonth, Values(chart, "rect.bar.step-downs"));
        // Bars are drawn to scale: two ambassadors in month 4 stand lower than three in month 3.
        Assert.True(Height(chart, "rect.bar.active", 4) < Height(chart, "rect.bar.active", 3));
        Assert.Equal(ActiveByMonth.Select(n => n.ToString(CultureInfo.InvariantCulture)), Column(page, "#table-active", "active"));
        Assert.Equal(StepDownsByMonth.Select(n => n.ToString(CultureInfo.InvariantCulture)), Column(page, "#table-active", "step-downs"));
    }

    [Fact]
    public async Task CohortPage_CheckInsAnswered_AttendanceAndHoursAgainstTheBudget()
    {
        var page = await PageAsync(CohortPath);

        var rates = page.QuerySelector("svg#chart-rates")!;
        var attendance = Values<double>(rates, "circle.point.attendance");
        Assert.Equal(12, attendance.Count);
        Assert.Equal(100, attendance[0]);
        Assert.Equal(66.67, attendance[1]); // Oliver missed month 2's meeting
        Assert.All(Values<double>(rates, "circle.point.answered"), v => Assert.Equal(100, v));
        var hours = page.QuerySelector("svg#chart-hours")!;
        Assert.Equal("3", hours.QuerySelector("line.budget")!.GetAttribute("data-value"));
        Assert.All(Values<double>(hours, "rect.bar.hours"), v => Assert.Equal(3, v));
        Assert.Contains("bike", page.QuerySelector("#table-themes tr[data-month='1'] td[data-column='successes']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CohortCsv_TwoStepDowns_ActiveDropsAndStepDownsInTheirMonths()
    {
        using var client = scenario.App.NewClient();
        using var response = await client.GetAsync(CohortPath.TrimStart('/') + ".csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = CsvRows(await response.Content.ReadAsStringAsync());
        Assert.Equal(HealthCsv.Header.Split(','), rows[0]);
        var months = rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(m => m.ToString(CultureInfo.InvariantCulture)), months.Select(m => m["month"]));
        Assert.Equal(ActiveByMonth.Select(n => n.ToString(CultureInfo.InvariantCulture)), months.Select(m => m["active"]));
        Assert.Equal(StepDownsByMonth.Select(n => n.ToString(CultureInfo.InvariantCulture)), months.Select(m => m["step_downs"]));
        Assert.All(months, m => Assert.Equal(("cohort", scenario.CohortId, "3"), (m["scope"], m["id"], m["budget_hours"])));
        Assert.Equal("66.67", months[1]["attendance_pct"]);
        Assert.StartsWith("bike (3)", months[0]["themes_successes"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammePage_OneCohort_SameMonthsLinedUpAndLinkedToTheCohort()
    {
        var page = await PageAsync("/health/programmes/mobility-ambassadors");
        using var client = scenario.App.NewClient();
        var csv = CsvRows(await client.GetStringAsync("health/programmes/mobility-ambassadors.csv"));

        Assert.Equal(ActiveByMonth, Values(page.QuerySelector("svg#chart-active")!, "rect.bar.active"));
        Assert.Equal(HealthPages.CohortPath(scenario.CohortId), page.QuerySelector("a.cohort-health")!.GetAttribute("href"));
        Assert.All(csv.Skip(1), r => Assert.Equal(("programme", "1"), (r[0], r[4])));
    }

    [Fact]
    public async Task CohortPage_LanguageFromQueryThenAcceptLanguage_Translated()
    {
        // Two readers: a ?lang= choice is remembered in the reader's cookie and would win over Accept-Language.
        using var dutchReader = scenario.App.NewClient();
        using var frenchReader = scenario.App.NewClient();
        using var french = new HttpRequestMessage(HttpMethod.Get, CohortPath.TrimStart('/'));
        french.Headers.AcceptLanguage.ParseAdd("fr-BE,fr;q=0.9");

        var dutch = Pages.Parse(await dutchReader.GetStringAsync(CohortPath.TrimStart('/') + "?lang=nl"));
        using var frenchResponse = await frenchReader.SendAsync(french);
        var frenchPage = Pages.Parse(await frenchResponse.Content.ReadAsStringAsync());

        Assert.Equal("nl", dutch.DocumentElement.GetAttribute("lang"));
        Assert.Contains("groep", dutch.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HealthText.Dutch.ActiveChart.Title, dutch.QuerySelector("svg#chart-active title")!.TextContent);
        Assert.Contains("Santé du programme", frenchPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // The meeting column says each month's day as the reader writes it, in the programme's zone (Brussels), not ISO.
        using var csvClient = scenario.App.NewClient();
        var csv = CsvRows(await csvClient.GetStringAsync(CohortPath.TrimStart('/') + ".csv"));
        var firstMeeting = DateOnly.ParseExact(csv[1][Array.IndexOf(csv[0], "meeting_start")], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(firstMeeting.ToString(DashboardText.For("nl").DatePattern, CultureInfo.GetCultureInfo("nl")), Column(dutch, "#table-active", "meeting")[0]);
        Assert.Equal(firstMeeting.ToString(DashboardText.For("fr").DatePattern, CultureInfo.GetCultureInfo("fr")), Column(frenchPage, "#table-active", "meeting")[0]);
        Assert.DoesNotContain(Column(frenchPage, "#table-active", "meeting"), d => d.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_OverviewAndCohortPage_LinkToHealth()
    {
        using var client = scenario.App.NewClient();

        var overview = Pages.Parse(await client.GetStringAsync(string.Empty));
        var cohort = Pages.Parse(await client.GetStringAsync($"cohorts/{Uri.EscapeDataString(scenario.CohortId)}"));

        Assert.Equal("/health/programmes/mobility-ambassadors", overview.QuerySelector("a.programme-health")!.GetAttribute("href"));
        Assert.Equal(CohortPath, cohort.QuerySelector("a#cohort-health")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("health/cohorts/no-such-cohort")]
    [InlineData("health/cohorts/no-such-cohort.csv")]
    [InlineData("health/programmes/no-such-programme")]
    [InlineData("health/programmes/no-such-programme.csv")]
    public async Task Health_Unknown_Is404(string path)
    {
        using var client = scenario.App.NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CohortCsv_Viewer_HasTheNumbersButNoThemes()
    {
        var context = new DefaultHttpContext { RequestServices = scenario.App.Services };
        context.Items[typeof(Caller)] = new Caller("viewer", "viewer", new HashSet<string>(StringComparer.Ordinal) { AppRoles.Viewer });
        using var body = new MemoryStream();
        context.Response.Body = body;

        var result = await HealthEndpoints.CohortCsvAsync(scenario.CohortId, context, scenario.App.Services.GetRequiredService<DurableTaskClient>(), scenario.App.Services.GetRequiredService<HealthReader>(), CancellationToken.None);
        await result.ExecuteAsync(context);

        var rows = CsvRows(System.Text.Encoding.UTF8.GetString(body.ToArray()));
        Assert.Equal(ActiveByMonth.Select(n => n.ToString(CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[Array.IndexOf(rows[0], "active")]));
        Assert.All(rows.Skip(1), r => Assert.Equal(string.Empty, r[Array.IndexOf(rows[0], "themes_successes")]));
    }

    private string CohortPath => HealthPages.CohortPath(scenario.CohortId);

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string path)
    {
        using var client = scenario.App.NewClient();
        return Pages.Parse(await client.GetStringAsync(path.TrimStart('/')));
    }

    private static List<int> Values(IElement chart, string selector) => [.. Values<double>(chart, selector).Select(v => (int)v)];

    /// <summary>The values the chart drew, by month (data-month), in month order.</summary>
    private static List<T> Values<T>(IElement chart, string selector)
        where T : IParsable<T>
        => [.. chart.QuerySelectorAll(selector)
            .OrderBy(e => int.Parse(e.GetAttribute("data-month")!, CultureInfo.InvariantCulture))
            .Select(e => T.Parse(e.GetAttribute("data-value")!, CultureInfo.InvariantCulture))];

    private static double Height(IElement chart, string selector, int month)
        => double.Parse(chart.QuerySelector($"{selector}[data-month='{month}']")!.GetAttribute("height")!, CultureInfo.InvariantCulture);

    private static List<string> Column(IParentNode page, string table, string column)
        => [.. page.QuerySelectorAll($"{table} tr[data-month] td[data-column='{column}']").Select(td => td.TextContent.Trim())];

    /// <summary>RFC 4180 rows: quoted cells may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<string[]> CsvRows(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.True(row.Count == 0 && cell.Length == 0, "the CSV does not end with CRLF");
        return rows;
    }
}
