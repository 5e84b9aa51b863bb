using System.Net;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>Personal links: their own token purpose (never an approval token and the reverse),
/// tampered → 400, rotated or erased → 410, in the reader's language; GET changes nothing.</summary>
public sealed class PersonalLinkTests(AppHost app) : IClassFixture<AppHost>
{
    private readonly PersonalScenarios _scenarios = new(app);

    [Fact]
    public void Validate_ApprovalTokenAsPersonalLinkAndTheReverse_AreRefused()
    {
        var personal = app.Services.GetRequiredService<PersonalTokenService>();
        var approvals = app.Services.GetRequiredService<ApprovalTokenService>();
        var approvalToken = approvals.Issue("E001:approval", "E001", "ManagerDecision", app.Clock.GetUtcNow().AddDays(3));
        var personalToken = personal.Issue("E001", 1);

        Assert.Null(personal.Validate(approvalToken));
        Assert.Equal(TokenValidation.Invalid, approvals.Validate(personalToken, out _));
        // Relabelling the purpose breaks the signature, both ways.
        Assert.Null(personal.Validate(PersonalTokenService.Purpose + approvalToken[2..]));
        Assert.Equal(TokenValidation.Invalid, approvals.Validate("v1" + personalToken[2..], out _));
        Assert.Equal(new PersonalToken("E001", 1, personal.Validate(personalToken)!.KeyId), personal.Validate(personalToken));
    }

    [Fact]
    public async Task Get_TamperedLink_Is400InTheBrowsersLanguage()
    {
        var link = (await _scenarios.LinkAsync("E044")).AbsoluteUri;
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];
        using var client = app.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE, fr;q=0.9");

        using var response = await client.GetAsync(new Uri(tampered));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("fr", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ce lien ne fonctionne pas", Pages.Text(html, "h1"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_LinkAfterRotation_Is410InThePersonsLanguageAndTheNewLinkWorks()
    {
        // Fien De Clercq (E041) reads Dutch, whatever the browser says.
        var old = await _scenarios.LinkAsync("E041");
        var fresh = await app.Services.GetRequiredService<PersonalLinks>().RotateAsync("E041");
        using var client = app.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        using var refused = await client.GetAsync(old);
        using var opened = await client.GetAsync(fresh);

        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal("nl", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Deze link werkt niet meer", Pages.Text(html, "h1"));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(fresh, await _scenarios.LinkAsync("E041"));
    }

    [Fact]
    public async Task Get_LinkOfAnErasedPerson_Is410AndNoNewLinkIsMade()
    {
        // Emma Thompson (E007) has no journey here, so she can be erased at once.
        var link = await _scenarios.LinkAsync("E007");
        await app.Services.GetRequiredService<PersonalDataEraser>().EraseAsync(app.Client, "E007", "test", "on request", CancellationToken.None);
        using var client = app.NewClient();

        using var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Null(await app.Services.GetRequiredService<PersonalLinks>().CreateAsync("E007"));
        Assert.True((await app.Services.GetRequiredService<IPersonalPageStore>().GetLinkAsync("E007")).Erased);
    }

    [Fact]
    public async Task Get_ValidLink_ShowsThePageAndChangesNothing()
    {
        // Anders Nielsen (E004, Danish) manages E008.
        var request = (await _scenarios.ManagerRequestsAsync("E004", "E008")).Single();
        var link = await _scenarios.LinkAsync("E004");
        using var client = app.NewClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }

        Assert.Null((await app.Approvals.GetAsync(request.ApprovalId))!.Decision);
        Assert.DoesNotContain(await app.Approvals.GetAuditAsync(request.InstanceId), e => e.Action.StartsWith("decided", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Email_ToAManager_EndsWithTheirPersonalLinkInTheirLanguage()
    {
        // Julie Lambert (E009, French) manages E013.
        await _scenarios.ManagerRequestsAsync("E009", "E013");
        var mail = await app.WaitForEmailAsync("E009", Workflows.Messaging.MessageTemplates.ManagerApprovalRequest);

        var links = Functions.Dashboard.DashboardPages.Links(mail.Message.HtmlBody);

        Assert.Contains((await _scenarios.LinkAsync("E009")).AbsoluteUri, links);
        Assert.Contains("Votre page: " + (await _scenarios.LinkAsync("E009")).AbsoluteUri, mail.Message.TextBody, StringComparison.Ordinal);
        Assert.EndsWith((await _scenarios.LinkAsync("E009")).AbsoluteUri + "\n", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Single(links, l => l.Contains("/api/approvals/", StringComparison.Ordinal));
    }
}
