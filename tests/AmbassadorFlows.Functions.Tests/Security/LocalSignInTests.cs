using System.Net;
using System.Security.Cryptography;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Access;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Security;

/// <summary>
/// Local sign-in with keys, over real HTTP: the cookie is a server-side session of ASP.NET Core cookie
/// authentication, not anything computable from the key; it ends at sign-out (a copy too), after its
/// lifetime on the server's clock, and when the key changes.
/// </summary>
public sealed class LocalSignInTests : IAsyncLifetime
{
    private static readonly string HrKey = KeyedAppHost.RoleKeys[AppRoles.HR];
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "af-tests", Guid.NewGuid().ToString("N"));
    private AppHost _app = null!;

    public Task InitializeAsync()
    {
        _app = Host(HrKey);
        return _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may hold a file a moment longer; the temp folder is the OS's to clean.
        }
    }

    [Fact]
    public async Task Dashboard_CookieMadeFromTheKeysHash_Refused401()
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(HrKey)));

        using var response = await GetWithCookieAsync(_app, hash);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_Cookie_IsNoHashOfTheKeyAndOpensTheDashboard()
    {
        var cookie = await SignInAsync(_app);

        using var response = await GetWithCookieAsync(_app, cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(HrKey))), cookie, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(HrKey, cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_CopiedCookie_StopsWorking()
    {
        using var browser = _app.NewClient(followRedirects: false);
        browser.DefaultRequestHeaders.Authorization = null;
        var cookie = await SignInAsync(_app, browser);
        using (var before = await GetWithCookieAsync(_app, cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var field = await Pages.AntiforgeryAsync(browser, "sign-in");
        using (var signedOut = await browser.PostAsync("sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { [DashboardAntiforgery.FieldName] = field })))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var after = await GetWithCookieAsync(_app, cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterTheSessionLifetime_Refused401()
    {
        var cookie = await SignInAsync(_app);

        _app.Clock.Advance(LocalCallerResolver.SessionLifetime + TimeSpan.FromMinutes(1));

        using var response = await GetWithCookieAsync(_app, cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_KeyChangedAndAppRestarted_CookieRefused401()
    {
        var cookie = await SignInAsync(_app);
        await _app.DisposeAsync();

        // The same data folder (and so the same Data Protection keys), another HR key.
        _app = Host("hr-key-changed-0123456789");
        await _app.InitializeAsync();

        using var response = await GetWithCookieAsync(_app, cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private AppHost Host(string hrKey) => new([$"--AmbassadorFlows:DataPath={_dataPath}", $"--AmbassadorFlows:Access:RoleKeys:HR={hrKey}"], null);

    /// <summary>Signs in with the HR key through the form, as a browser; returns the session cookie's value.</summary>
    private static async Task<string> SignInAsync(AppHost app, HttpClient? browser = null)
    {
        using var own = browser is null ? app.NewClient(followRedirects: false) : null;
        var client = browser ?? own!;
        var field = await Pages.AntiforgeryAsync(client, "sign-in");
        using var response = await client.PostAsync("sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = HrKey, [DashboardAntiforgery.FieldName] = field }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LocalCallerResolver.CookieName + "=", StringComparison.Ordinal));
        return header[(LocalCallerResolver.CookieName.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>The dashboard, from a client with no cookie jar and no key: only the given cookie.</summary>
    private static async Task<HttpResponseMessage> GetWithCookieAsync(AppHost app, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, string.Empty);
        request.Headers.Add("Cookie", $"{LocalCallerResolver.CookieName}={cookie}");
        return await client.SendAsync(request);
    }
}
