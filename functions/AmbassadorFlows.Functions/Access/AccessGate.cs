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

        var caller = resolver.Resolve(context.Request);
        if (caller is null)
        {
            return ProblemResponses.Problem(StatusCodes.Status401Unauthorized, "Sign-in required", resolver.SignInHint);
        }

        if (!caller.HasAny(required.Roles))
        {
            var held = caller.Roles.Count == 0 ? "no role of this app" : string.Join(", ", caller.Roles.Order(StringComparer.Ordinal));
            return ProblemResponses.Problem(
                StatusCodes.Status403Forbidden,
                "Role required",
                $"This needs the role {string.Join(" or ", required.Roles)}; {caller.Name} has {held}. Ask HR to assign the app role.");
        }

        caller.AttachTo(context);
        return null;
    }
}
