namespace AmbassadorFlows.Functions.Access;

/// <summary>Who is calling: the Entra user (object id, UPN) in Azure, a key holder in local mode.</summary>
public sealed record Caller(string Id, string Name, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool HasAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    /// <summary>HR may see people's answers, names and mail; other roles see ids and aggregates.</summary>
    public bool SeesPersonalData => IsIn(AppRoles.HR);

    /// <summary>Ops and HR see orchestrations, histories and failures.</summary>
    public bool SeesOperations => IsIn(AppRoles.Ops) || IsIn(AppRoles.HR);

    /// <summary>The caller the access check admitted for this request, or null on a public route.</summary>
    public static Caller? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(typeof(Caller), out var caller) ? caller as Caller : null;
    }

    internal void AttachTo(HttpContext context) => context.Items[typeof(Caller)] = this;
}
