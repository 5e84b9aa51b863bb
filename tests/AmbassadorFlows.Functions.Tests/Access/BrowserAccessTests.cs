using System.Net;
using System.Net.Http.Headers;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>Refusals that fit the caller: a browser (Accept: text/html) is sent to sign in and back, or
/// shown a page in its language saying which role it needs and how to get it; an API client gets
/// problem details, as before.</summary>
public sealed class BrowserAccessTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    [Fact]
    public async Task Page_BrowserWithoutSignIn_RedirectsToSignInAndBack()
    {
        using var browser = Browser(null);

        using var response = await browser.GetAsync("instances?lang=fr");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Finstances%3Flang%3Dfr", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Page_ApiClientWithoutSignIn_GetsProblem401()
    {
        using var client = host.ClientAs(null);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.GetAsync("instances");

        Assert.Equal("401 Sign-in required", await GateResponse.RefusalAsync(response));
    }

    [Fact]
    public async Task SignIn_WithReturnUrl_ComesBackToThePage()
    {
        using var browser = Browser(null);
        var form = await browser.GetStringAsync("sign-in?returnUrl=%2Finstances");
        var field = Pages.HiddenField(form, DashboardAntiforgery.FieldName);

        using var signIn = await browser.PostAsync("sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = KeyedAppHost.RoleKeys[AppRoles.Ops],
            [SignInEndpoints.ReturnUrlField] = Pages.HiddenField(form, SignInEndpoints.ReturnUrlField),
            [DashboardAntiforgery.FieldName] = field,
        }));
        using var page = await browser.GetAsync(signIn.Headers.Location?.OriginalString.TrimStart('/'));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/instances", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public void SignIn_ForeignReturnUrl_IsNoDestination(string url)
        => Assert.Null(SignInEndpoints.LocalPath(url));

    [Fact]
    public async Task Page_BrowserWithoutTheRole_Gets403PageNamingTheRoleAndTheKey()
    {
        using var browser = Browser(AppRoles.Viewer);

        using var english = await browser.GetAsync("outbox");
        using var danish = await browser.GetAsync("instances?lang=da");
        var englishPage = Pages.Parse(await english.Content.ReadAsStringAsync());
        var danishPage = Pages.Parse(await danish.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, english.StatusCode);
        Assert.Equal("text/html", english.Content.Headers.ContentType?.MediaType);
        Assert.Equal("This page needs the role HR.", englishPage.QuerySelector("#reason")?.TextContent);
        Assert.Contains("sign in with the key of the role HR", englishPage.QuerySelector("#how")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/sign-in?returnUrl=", englishPage.QuerySelector("a#sign-in")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, danish.StatusCode);
        Assert.Equal("da", danishPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Denne side kræver rollen HR eller Ops.", danishPage.QuerySelector("#reason")?.TextContent);
        Assert.DoesNotContain(danishPage.QuerySelectorAll("header nav.site a"), a => a.GetAttribute("href") is "/outbox" or "/instances");
    }

    [Fact]
    public async Task Page_ApiClientWithoutTheRole_GetsProblem403()
    {
        using var client = host.ClientAs(AppRoles.Viewer);

        using var response = await client.GetAsync("outbox");

        Assert.Equal("403 Role required", await GateResponse.RefusalAsync(response));
    }

    [Fact]
    public async Task Gate_AzureBrowserWithoutTheRole_PageSaysAskForTheAppRole()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PlatformCallerResolver.AuthEnabledSetting] = "true" }).Build();
        var gate = new AccessGate(new PlatformCallerResolver(configuration));
        var context = new DefaultHttpContext { RequestServices = host.App.Services };
        context.Request.Headers.Accept = "text/html";
        context.Request.Headers[ClientPrincipal.HeaderName] = PrincipalHeader.For("oid", "val@contoso.example", AppRoles.Viewer);
        context.Request.QueryString = new QueryString("?lang=nl");
        context.Response.Body = new MemoryStream();

        var denied = Assert.IsType<AccessPageResult>(gate.Check(context, new RequireRolesAttribute(AppRoles.HR), null));
        await denied.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var page = Pages.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync());

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.False(denied.Refusal.UsesKeys);
        Assert.Contains("app-rol HR", page.QuerySelector("#how")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("val@contoso.example", page.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_AzureBrowserWithoutSignIn_GoesToEntraSignIn()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PlatformCallerResolver.AuthEnabledSetting] = "true" }).Build();
        var gate = new AccessGate(new PlatformCallerResolver(configuration));
        var context = new DefaultHttpContext { RequestServices = host.App.Services };
        context.Request.Method = "GET";
        context.Request.Path = "/instances";
        context.Request.Headers.Accept = "text/html";

        await gate.Check(context, new RequireRolesAttribute(AppRoles.Ops), null)!.ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Finstances", context.Response.Headers.Location.ToString());
    }

    private HttpClient Browser(string? role)
    {
        var client = host.ClientAs(role);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }
}
