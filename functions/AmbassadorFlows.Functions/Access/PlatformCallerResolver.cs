namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// Azure mode: the caller is whoever App Service Authentication signed in. The header is trusted only
/// when the platform says authentication is on (<c>WEBSITE_AUTH_ENABLED</c>, set by App Service when
/// <c>authsettingsV2</c> is enabled): with it off, anybody could send the header, so nobody is signed in.
/// </summary>
public sealed class PlatformCallerResolver(IConfiguration configuration) : ICallerResolver
{
    public const string AuthEnabledSetting = "WEBSITE_AUTH_ENABLED";

    public string SignInHint => IsAuthEnabled
        ? "Sign in with your work account at /.auth/login/aad."
        : $"App Service Authentication is off ({AuthEnabledSetting} is not True): deploy infra/main.bicep with the app registration parameters.";

    private bool IsAuthEnabled => string.Equals(configuration[AuthEnabledSetting], "true", StringComparison.OrdinalIgnoreCase);

    public bool UsesKeys => false;

    /// <summary>App Service's Entra sign-in, which comes back to the page (a local path, as the platform requires).</summary>
    public string? BrowserSignInUrl(string returnUrl)
        => IsAuthEnabled ? $"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(returnUrl)}" : null;

    public Caller? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsAuthEnabled ? ClientPrincipal.Parse(request.Headers[ClientPrincipal.HeaderName].ToString()) : null;
    }
}
