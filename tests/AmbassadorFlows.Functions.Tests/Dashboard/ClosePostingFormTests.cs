using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The dashboard's close-the-posting form: its component in every language, and its route on the running app.</summary>
public sealed class ClosePostingFormTests(AppHost app) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("en", "Close the posting")]
    [InlineData("nl", "Oproep sluiten")]
    [InlineData("fr", "Clôturer l’appel")]
    [InlineData("da", "Luk opslaget")]
    public async Task Form_EachLanguage_PostsToTheCohortsRouteWithItsOwnTexts(string language, string button)
    {
        var renderer = app.Services.GetRequiredService<PageRenderer>();

        var html = await renderer.RenderAsync(typeof(ClosePostingForm), new Dictionary<string, object?> { ["CohortId"] = "a b", ["Language"] = language });

        var page = Pages.Parse(html);
        Assert.Equal("/cohorts/a%20b/close-posting", page.QuerySelector("#close-posting form")?.GetAttribute("action"));
        Assert.Equal("post", page.QuerySelector("#close-posting form")?.GetAttribute("method"));
        Assert.Equal(button, page.QuerySelector("#close-posting button")?.TextContent.Trim());
        Assert.Equal(ClosePostingText.For(language).WhatHappens, page.QuerySelector("#close-posting-next")?.TextContent.Trim());
    }

    [Fact]
    public void Texts_EveryLanguage_HasEveryTextAndItsOwn()
    {
        Assert.Equal(["da", "en", "fr", "nl"], ClosePostingText.All.Select(t => t.Language).Order());
        foreach (var property in typeof(ClosePostingText).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(ClosePostingText.Language)))
        {
            var texts = ClosePostingText.All.Select(t => (string)property.GetValue(t)!).ToList();
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t), property.Name));
            Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count()); // none left in English
        }
    }

    [Fact]
    public async Task Post_OpenPostingWithTheFormsField_ClosesItAndGoesBackToTheCohortPage()
    {
        var cohortId = await AppliedCohortAsync("E008");
        using var browser = app.NewClient(followRedirects: false);

        using var response = await PostFormAsync(browser, cohortId, await Pages.AntiforgeryAsync(browser));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cohorts/{cohortId}", response.Headers.Location?.OriginalString);
        await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:selection"), "the selection request");
    }

    [Fact]
    public async Task Post_PostingNoLongerOpen_Answers409PageInTheReadersLanguage()
    {
        var cohortId = await AppliedCohortAsync("E009");
        using (var closed = await app.NewClient().PostAsync($"api/cohorts/{cohortId}/close-posting", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, closed.StatusCode);
        }

        await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:selection"), "the selection request");
        using var browser = app.NewClient(followRedirects: false);
        await browser.GetStringAsync("?lang=nl"); // the reader chose Dutch

        using var response = await PostFormAsync(browser, cohortId, await Pages.AntiforgeryAsync(browser));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ClosePostingText.Dutch.NotOpenHeading, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(ClosePostingText.Dutch.BackToCohort, page.QuerySelector($"a[href='/cohorts/{cohortId}']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_WithoutTheFormsField_IsRefusedAndNothingCloses()
    {
        var cohortId = await app.CreateCohortAsync(["E010"]);
        await app.WaitForEmailAsync("E010", "posting-invitation");
        using var browser = app.NewClient(followRedirects: false);

        using var response = await PostFormAsync(browser, cohortId, field: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await app.Approvals.GetAsync($"{cohortId}:selection"));
    }

    /// <summary>A cohort whose nominee (one per test: invitations are found by person) has applied.</summary>
    private async Task<string> AppliedCohortAsync(string nominee)
    {
        var cohortId = await app.CreateCohortAsync([nominee]);
        using var applied = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync(nominee, "posting-invitation")), "apply");
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        return cohortId;
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string cohortId, string? field)
    {
        var fields = new Dictionary<string, string>();
        if (field is not null)
        {
            fields[DashboardAntiforgery.FieldName] = field;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, ClosePostingEndpoints.PathFor(cohortId).TrimStart('/')) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Accept.ParseAdd("text/html");
        return browser.SendAsync(request);
    }
}
