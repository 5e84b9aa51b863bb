namespace AmbassadorFlows.Functions.Access;

/// <summary>Who may call a route: a signed-in caller holding at least one of <see cref="Roles"/>. Put on
/// the shared handler (local mode reads it from endpoint metadata) and on the Azure function that wraps
/// it (the worker middleware reads it from the function); a test keeps the two equal.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequireRolesAttribute : Attribute
{
    public RequireRolesAttribute(params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Length == 0 || roles.Any(r => AppRoles.Normalize(r) is null))
        {
            throw new ArgumentException($"Roles must be some of {string.Join(", ", AppRoles.All)}.", nameof(roles));
        }

        Roles = roles;
    }

    public IReadOnlyList<string> Roles { get; }
}

/// <summary>A route anyone may call because it carries its own credential: the signed token of an
/// approval link, the management key. Routes with neither this nor <see cref="RequireRolesAttribute"/> are refused.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PublicRouteAttribute(string credential) : Attribute
{
    /// <summary>What protects the route instead of sign-in, for reviews and the route table.</summary>
    public string Credential { get; } = credential;

    /// <summary>The route's form carries its own antiforgery (the approval links' <c>FormProtection</c>), so
    /// <see cref="SameOriginGuard"/> leaves it alone: a link opened from a mail client, on whatever name, works.</summary>
    public bool OwnFormProtection { get; init; }
}
