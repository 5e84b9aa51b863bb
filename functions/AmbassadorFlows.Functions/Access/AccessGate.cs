using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// The one access check both modes run before a handler: a public route passes; a route with
/// <see cref="RequireRolesAttribute"/> needs a signed-in caller (401) holding one of its roles (403);
/// a route with neither is refused, so a route added without a rule is closed rather than open.
/// </summary>
public sealed class AccessGate(ICallerResolver resolver)
{
    /// <summary>Null when the request may go on (the caller is attached, see <see cref="Caller.Of"/>);
    /// otherwise the problem-details response to send instead.</summary>
    public IResult? Check(HttpContext context, RequireRolesAttribute? required, PublicRouteAttribute? isPublic)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (isPublic is not null)
        {
            return null;
        }

        if (required is null)
        {
            return ProblemResponses.Problem(StatusCodes.Status403Forbidden, "No access rule", "This route declares no roles, so it is closed to everyone.");
        }

        var request = context.Request;
        var caller = resolver.Resolve(request);
        var browser = IsBrowser(request);
        var signIn = resolver.BrowserSignInUrl($"{request.PathBase}{request.Path}{request.QueryString}");
        if (caller is null)
        {
            if (!browser)
            {
                return ProblemResponses.Problem(StatusCodes.Status401Unauthorized, "Sign-in required", resolver.SignInHint);
            }

            // A page opened without signing in goes to the sign-in, which comes back to it.
            return signIn is not null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                ? Results.Redirect(signIn)
                : new AccessPageResult(new AccessRefusal(StatusCodes.Status401Unauthorized, required.Roles, null, [], resolver.UsesKeys, signIn));
        }

        if (!caller.HasAny(required.Roles))
        {
            if (browser)
            {
                // Attached so the page's header offers the links this caller may open.
                caller.AttachTo(context);
                return new AccessPageResult(new AccessRefusal(StatusCodes.Status403Forbidden, required.Roles, caller.Name, [.. caller.Roles.Order(StringComparer.Ordinal)], resolver.UsesKeys, signIn));
            }

            var held = caller.Roles.Count == 0 ? "no role of this app" : string.Join(", ", caller.Roles.Order(StringComparer.Ordinal));
            var how = resolver.UsesKeys
                ? $"Send the key of the role {string.Join(" or ", required.Roles)}."
                : $"Ask your administrator to assign the app role {string.Join(" or ", required.Roles)}.";
            return ProblemResponses.Problem(
                StatusCodes.Status403Forbidden,
                "Role required",
                $"This needs the role {string.Join(" or ", required.Roles)}; {caller.Name} has {held}. {how}");
        }

        caller.AttachTo(context);
        return null;
    }

    /// <summary>A browser asking for a page (HTML accepted, JSON not preferred): it gets pages and a
    /// redirect to sign in; scripts and API clients get problem details.</summary>
    public static bool IsBrowser(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase) && !ProblemResponses.WantsJson(request);
    }
}
