using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Access;

/// <summary>Local mode's sign-in for browsers when keys are configured: the key is posted once and
/// its hash kept in an HttpOnly, SameSite=Strict cookie. (Azure signs in with Entra at /.auth/login/aad.)</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapLocalSignIn(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/sign-in", Form).ExcludeFromDescription();
        endpoints.MapPost("/sign-in", SignInAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/sign-out", SignOut).ExcludeFromDescription().DisableAntiforgery();
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
        var cookie = form?["key"].ToString() is { Length: > 0 } key ? resolver.CookieFor(key) : null;
        if (cookie is null)
        {
            var text = DashboardText.For(context);
            return Html.Result(Page(context, text, text.KeyNotConfigured), StatusCodes.Status401Unauthorized);
        }

        context.Response.Cookies.Append(LocalCallerResolver.CookieName, cookie, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = TimeSpan.FromHours(12),
        });
        return Results.Redirect("/");
    }

    [PublicRoute("none: signing out")]
    private static IResult SignOut(HttpContext context)
    {
        context.Response.Cookies.Delete(LocalCallerResolver.CookieName, new CookieOptions { Path = "/" });
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
