namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>Why the access gate turned a browser away, for <see cref="AccessPage"/>.</summary>
/// <param name="Status">401 (nobody signed in) or 403 (a role missing).</param>
/// <param name="RequiredRoles">The roles that may open the page.</param>
/// <param name="CallerName">Who is signed in (403), or null.</param>
/// <param name="CallerRoles">Their roles (403).</param>
/// <param name="UsesKeys">Local keys (sign in with another key) or Entra ID (ask for the app role).</param>
/// <param name="SignInUrl">Where to sign in, coming back to the page; null when nobody can.</param>
public sealed record AccessRefusal(int Status, IReadOnlyList<string> RequiredRoles, string? CallerName, IReadOnlyList<string> CallerRoles, bool UsesKeys, string? SignInUrl);
