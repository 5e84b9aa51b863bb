using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AmbassadorFlows.Functions.Local;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// Local mode: no keys configured means everyone reaching the (loopback-only, see
/// <see cref="LocalBinding"/>) port is the local admin. With keys, a caller presents one as
/// <c>Authorization: Bearer</c> or signs in at <c>/sign-in</c>: ASP.NET Core cookie authentication
/// (<see cref="Scheme"/>) then holds a server-side session, expiring after <see cref="SessionLifetime"/>.
/// <c>X-MS-CLIENT-PRINCIPAL</c> is never read here: any caller could send it.
/// </summary>
public sealed class LocalCallerResolver : ICallerResolver
{
    public const string CookieName = "af-access";
    public const string Scheme = "LocalKey";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);
    private readonly Caller? _everyone;
    private readonly List<(byte[] Hash, Caller Caller)> _keys = [];

    public LocalCallerResolver(LocalModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var access = options.Access; // validated at build, by LocalBinding.EnsureProtected
        if (!access.HasKeys)
        {
            _everyone = new Caller("local-admin", "Local admin (no key configured; loopback only)", AppRoles.All.ToHashSet(StringComparer.Ordinal));
            return;
        }

        if (!string.IsNullOrEmpty(access.AdminKey))
        {
            _keys.Add((Hash(access.AdminKey), new Caller("local-admin", "Local admin", AppRoles.All.ToHashSet(StringComparer.Ordinal))));
        }

        foreach (var (role, key) in access.RoleKeys.Where(k => !string.IsNullOrEmpty(k.Value)))
        {
            var name = AppRoles.Normalize(role)!;
            _keys.Add((Hash(key), new Caller($"local-{name.ToLowerInvariant()}", $"Local {name} key", new HashSet<string>(StringComparer.Ordinal) { name })));
        }
    }

    /// <summary>True when a key is needed (some are configured).</summary>
    public bool RequiresKey => _everyone is null;

    public string SignInHint => "Sign in at /sign-in, or send a key configured in AmbassadorFlows__Access__* as 'Authorization: Bearer <key>'.";

    public bool UsesKeys => true;

    public string? BrowserSignInUrl(string returnUrl)
        => RequiresKey ? $"{SignInEndpoints.Path}?{SignInEndpoints.ReturnUrlField}={Uri.EscapeDataString(returnUrl)}" : null;

    public Caller? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_everyone is not null)
        {
            return _everyone;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Match(Hash(authorization["Bearer ".Length..].Trim()));
        }

        // Signed in: the cookie handler (UseAuthentication) restored the session's principal.
        var user = request.HttpContext.User;
        if (user.Identity is { IsAuthenticated: true, AuthenticationType: Scheme } && user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } id)
        {
            return _keys.Select(k => k.Caller).FirstOrDefault(c => c.Id == id);
        }

        return null;
    }

    /// <summary>Who <paramref name="key"/> signs in as, or null if it is no key of ours.</summary>
    public Caller? CallerFor(string key) => Match(Hash(key));

    /// <summary>The principal a sign-in session keeps: the caller's id only; roles come from the configured keys.</summary>
    public static ClaimsPrincipal Principal(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, caller.Id), new Claim(ClaimTypes.Name, caller.Name)], Scheme));
    }

    // Compared as hashes: fixed length, so FixedTimeEquals says nothing about the key's length, and the cookie never holds the key.
    private Caller? Match(byte[] hash) => _keys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(k.Hash, hash)).Caller;

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
