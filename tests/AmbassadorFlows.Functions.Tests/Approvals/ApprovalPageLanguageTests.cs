using System.Net;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>Approval pages speak the assignee's directory language (E001 nl, E002 fr, E012 en);
/// when no approval can be found, the browser's Accept-Language; else English.</summary>
public sealed class ApprovalPageLanguageTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Get_DutchSpeakersLink_ShowsTheDutchPage()
    {
        var (_, link) = await NewApprovalAsync("E001", "sofie.janssens@contoso.example", TimeSpan.FromDays(3));
        using var client = app.NewClient();

        var html = await client.GetStringAsync(new Uri(link));

        var page = Pages.Parse(html);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Goedkeuren", page.QuerySelector("button[value=approve]")?.TextContent);
        Assert.Equal("Afwijzen", page.QuerySelector("button[value=reject]")?.TextContent);
        Assert.Equal("Goedkeuring door de manager", Pages.Text(html, "h1"));
        Assert.Equal("Opmerking, of je reden als je weigert (optioneel)", Pages.Text(html, "label[for=comment]"));
    }

    [Fact]
    public async Task Post_FrenchSpeakersAnswer_ConfirmsInFrenchAndTheSecondSaysAlreadyDecidedInFrench()
    {
        var (approval, link) = await NewApprovalAsync("E002", "claire.dubois@contoso.example", TimeSpan.FromDays(3));
        using var client = app.NewClient();
        var html = await client.GetStringAsync(new Uri(link));
        Assert.Equal("fr", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Approuver", Pages.Parse(html).QuerySelector("button[value=approve]")?.TextContent);

        using var first = await PostAsync(client, link, Pages.HiddenField(html, "__form"), "approve");
        using var second = await PostAsync(client, link, Pages.HiddenField(html, "__form"), "approve");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var recorded = await first.Content.ReadAsStringAsync();
        Assert.Equal("fr", Pages.Parse(recorded).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Merci", Pages.Text(recorded, "h1"));
        Assert.Contains("Approuver", Pages.Text(recorded, "#outcome"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.StartsWith($"Déjà décidé par {approval.AssigneeEmail} le 2 mars 2026 à 09:00", Pages.Text(await second.Content.ReadAsStringAsync(), "#outcome"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ExpiredLinkOfADutchSpeaker_SaysSoInDutchWhateverTheBrowserSays()
    {
        var (_, link) = await NewApprovalAsync("E001", "sofie.janssens@contoso.example", TimeSpan.FromHours(-1));
        using var client = app.NewClient();

        using var response = await GetAsync(client, link, acceptLanguage: "fr");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("nl", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Deze link is verlopen", Pages.Text(html, "h1"));
    }

    [Fact]
    public async Task Get_TamperedTokenFromADanishBrowser_ShowsTheDanishErrorPage()
    {
        using var client = app.NewClient();

        using var response = await GetAsync(client, await TamperedLinkAsync(), acceptLanguage: "de-DE, da;q=0.8, en;q=0.5");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("da", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Dette link er ikke gyldigt", Pages.Text(html, "h1"));
    }

    [Fact]
    public async Task Get_TamperedTokenWithoutAcceptLanguage_ShowsTheEnglishErrorPage()
    {
        using var client = app.NewClient();

        using var response = await GetAsync(client, await TamperedLinkAsync(), acceptLanguage: null);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("en", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("This link is not valid", Pages.Text(html, "h1"));
    }

    [Fact]
    public async Task Get_EnglishSpeakersLinkFromAFrenchBrowser_IsTheEnglishPage()
    {
        var (_, link) = await NewApprovalAsync("E012", "oliver.bennett@contoso.example", TimeSpan.FromDays(3));
        using var client = app.NewClient();

        using var response = await GetAsync(client, link, acceptLanguage: "fr-BE, fr");

        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\"><head>", html, StringComparison.Ordinal);
        Assert.Equal("Approve", Pages.Parse(html).QuerySelector("button[value=approve]")?.TextContent);
        Assert.Equal("Manager approval", Pages.Text(html, "h1"));
        Assert.Equal("Please answer by 5 March 2026.", Pages.Text(html, "#answer-by"));
        Assert.Equal("Comment, or your reason if you decline (optional)", Pages.Text(html, "label[for=comment]"));
        Assert.Equal("Opening this page changes nothing; only a button records your answer, once.", Pages.Text(html, "main > p.muted:last-child"));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("da", "da")]
    [InlineData("nl-BE,nl;q=0.9,en;q=0.8", "nl")]
    [InlineData("en;q=0.2, fr;q=0.9", "fr")]
    [InlineData("da;q=0, de", "en")]
    [InlineData("*", "en")]
    public void FromAcceptLanguage_PicksOurBestLanguage(string? header, string expected)
        => Assert.Equal(expected, ApprovalPageText.FromAcceptLanguage(header).Language);

    /// <summary>A manager-approval request for <paramref name="assigneeId"/>, made in the store (the
    /// clock starts at 2026-03-02 08:00 UTC), and its link.</summary>
    private async Task<(PendingApproval Approval, string Link)> NewApprovalAsync(string assigneeId, string email, TimeSpan expiresIn)
    {
        var cohortId = await app.CreateCohortAsync(["E012"]);
        var now = app.Clock.GetUtcNow();
        var approval = await app.Approvals.CreateAsync(new PendingApproval(
            $"{cohortId}:test-language:{Guid.NewGuid():N}", cohortId, JourneyEvents.ManagerDecision, "manager-approval", assigneeId, email, ["approve", "reject"], now, now + expiresIn));
        return (approval, app.Services.GetRequiredService<IApprovalLinks>().CreateLink(approval).AbsoluteUri);
    }

    /// <summary>A Dutch speaker's link with its signature changed: no approval can be resolved from it.</summary>
    private async Task<string> TamperedLinkAsync()
    {
        var (_, link) = await NewApprovalAsync("E001", "sofie.janssens@contoso.example", TimeSpan.FromDays(3));
        var slash = link.LastIndexOf('/');
        var parts = link[(slash + 1)..].Split('.');
        parts[2] = parts[2][..^2] + (parts[2][^2] == 'A' ? "BB" : "AA");
        return link[..(slash + 1)] + string.Join('.', parts);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string link, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string link, string formField, string decision)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = formField, ["decision"] = decision });
        return await client.PostAsync(new Uri(link), form);
    }
}
