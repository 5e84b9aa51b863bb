namespace AmbassadorFlows.Functions.Access;

/// <summary>Finds the caller of a request, or null when nobody is signed in. One per hosting mode.</summary>
public interface ICallerResolver
{
    /// <summary>Said in the 401 so the caller knows how to sign in.</summary>
    string SignInHint { get; }

    /// <summary>True when people sign in with configured keys (local mode); false for Entra ID (Azure).</summary>
    bool UsesKeys { get; }

    Caller? Resolve(HttpRequest request);

    /// <summary>Where a browser signs in and then comes back to <paramref name="returnUrl"/> (a local path);
    /// null when nobody can sign in.</summary>
    string? BrowserSignInUrl(string returnUrl);
}
