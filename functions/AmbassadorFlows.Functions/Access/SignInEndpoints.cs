using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Authentication;

namespace AmbassadorFlows.Functions.Access;

/// <summary>Local mode's sign-in for browsers when keys are configured: the key is posted once and a
/// server-side session begins (ASP.NET Core cookie authentication; HttpOnly, SameSite=Strict cookie); signing
/// out ends it. (Azure signs in with Entra at /.auth/login/aad.)</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapLocalSignIn(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/sign-in", Form).ExcludeFromDescription();
        endpoints.MapPost("/sign-in", SignInAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/sign-out", SignOutAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    [PublicRoute("none: the sign-in form")]
    private static IResult Form(HttpContext context, LocalCallerResolver resolver)
    {
        var text = DashboardText.For(context);
        return Html.Result(Page(context, text, resolver.RequiresKey ? null : text.NoKeyConfigured));
    }

    [PublicRoute("the key posted")]
    private static async Task<IResult> SignInAsync(HttpContext context, LocalCallerResolver resolver)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var caller = form?["key"].ToString() is { Length: > 0 } key ? resolver.CallerFor(key) : null;
        if (caller is null)
        {
            var text = DashboardText.For(context);
            return Html.Result(Page(context, text, text.KeyNotConfigured), StatusCodes.Status401Unauthorized);
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
        return Results.Redirect("/");
    }

    [PublicRoute("none: signing out")]
    private static async Task<IResult> SignOutAsync(HttpContext context, LocalCallerResolver resolver)
    {
        // Ends the session on the server too: a copy of the cookie stops working. (Without keys there are no sessions.)
        if (resolver.RequiresKey)
        {
            await context.SignOutAsync(LocalCallerResolver.Scheme);
        }

        return Results.Redirect("/sign-in");
    }

    /// <summary>The sign-in form in the reader's language, with the dashboard's language switcher (the
    /// choice is remembered for the pages after signing in).</summary>
    private static string Page(HttpContext context, DashboardText text, string? message) => Html.Page(
        text.SignIn,
        $"<h1>{text.SignIn}</h1>" + (message is null ? string.Empty : $"<p class=\"muted\">{message}</p>") +
        $"<form method=\"post\" action=\"/sign-in\"><label>{text.AccessKey} <input type=\"password\" name=\"key\" autocomplete=\"current-password\" required></label> " +
        $"<button type=\"submit\">{text.SignIn}</button></form>",
        DashboardPages.LanguageSwitcher(text, context.Request),
        text.Language);
}
