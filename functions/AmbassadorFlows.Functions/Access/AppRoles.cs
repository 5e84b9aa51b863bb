namespace AmbassadorFlows.Functions.Access;

/// <summary>The app roles of the Entra app registration (and of local keys). HR sees people and their
/// answers; Ops sees orchestrations and failures without personal answers; Viewer sees aggregates.</summary>
public static class AppRoles
{
    public const string HR = "HR";
    public const string Ops = "Ops";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [HR, Ops, Viewer];

    /// <summary>The role as we spell it, matched case-insensitively (an app role's value is free text); null if unknown.</summary>
    public static string? Normalize(string? role)
        => All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
