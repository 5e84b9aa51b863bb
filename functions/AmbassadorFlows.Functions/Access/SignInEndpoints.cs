using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Authentication;

namespace AmbassadorFlows.Functions.Access;

/// <summary>Local mode's sign-in for browsers when keys are configured: the key is posted once and a
/// server-side session begins (ASP.NET Core cookie authentication; HttpOnly, SameSite=Strict cookie); signing
/// out ends it. (Azure signs in with Entra at /.auth/login/aad.)</summary>
public static class SignInEndpoints
{
    public const string Path = "/sign-in";

    /// <summary>The page to go back to after signing in (query of the form, then its hidden field).</summary>
    public const string ReturnUrlField = "returnUrl";

    public static IEndpointRouteBuilder MapLocalSignIn(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, Form).ExcludeFromDescription();
        endpoints.MapPost(Path, SignInAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/sign-out", SignOutAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    [PublicRoute("none: the sign-in form")]
    private static IResult Form(HttpContext context, LocalCallerResolver resolver)
    {
        var text = DashboardText.For(context);
        return Page(context, text, resolver.RequiresKey ? null : text.NoKeyConfigured, LocalPath(context.Request.Query[ReturnUrlField].ToString()));
    }

    [PublicRoute("the key posted")]
    private static async Task<IResult> SignInAsync(HttpContext context, LocalCallerResolver resolver)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var caller = form?["key"].ToString() is { Length: > 0 } key ? resolver.CallerFor(key) : null;
        var returnUrl = LocalPath(form?[ReturnUrlField].ToString());
        if (caller is null)
        {
            var text = DashboardText.For(context);
            return Page(context, text, text.KeyNotConfigured, returnUrl, StatusCodes.Status401Unauthorized);
        }

        // The expiry is in the protected ticket and in the server's session, so a client cannot extend it;
        // the cookie itself lasts as long as the browser session (no Expires on the client's clock).
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        await context.SignInAsync(LocalCallerResolver.Scheme, LocalCallerResolver.Principal(caller), new AuthenticationProperties
        {
            IsPersistent = false,
            IssuedUtc = now,
            ExpiresUtc = now + LocalCallerResolver.SessionLifetime,
        });
        return Results.Redirect(returnUrl ?? "/");
    }

    [PublicRoute("none: signing out")]
    private static async Task<IResult> SignOutAsync(HttpContext context, LocalCallerResolver resolver)
    {
        // Ends the session on the server too: a copy of the cookie stops working. (Without keys there are no sessions.)
        if (resolver.RequiresKey)
        {
            await context.SignOutAsync(LocalCallerResolver.Scheme);
        }

        return Results.Redirect(Path);
    }

    /// <summary>The sign-in form in the reader's language (<see cref="SignInPage"/>).</summary>
    private static IResult Page(HttpContext context, DashboardText text, string? message, string? returnUrl, int status = StatusCodes.Status200OK)
        => new ComponentPageResult(typeof(SignInPage), new Dictionary<string, object?>
        {
            [nameof(SignInPage.Text)] = text,
            [nameof(SignInPage.Message)] = message,
            [nameof(SignInPage.ReturnUrl)] = returnUrl,
        }, status);

    /// <summary>A path of this app to return to, or null: another site (<c>//host</c>, <c>/\host</c>, a scheme) is never a
    /// destination, so the sign-in form cannot be used to send someone elsewhere after signing in.</summary>
    public static string? LocalPath(string? url)
        => url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) && !u.Contains("://", StringComparison.Ordinal) && u.All(c => !char.IsControl(c))
            ? u
            : null;
}
