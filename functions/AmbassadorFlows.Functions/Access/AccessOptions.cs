namespace AmbassadorFlows.Functions.Access;

/// <summary>Local mode's keys (<c>AmbassadorFlows__Access__*</c>). With none, local mode admits everyone as
/// the local admin and so listens on loopback only. Azure mode ignores them: Entra sign-in decides there.</summary>
public sealed class AccessOptions
{
    public const string AdminKeySetting = "AmbassadorFlows__Access__AdminKey";
    public const int MinimumKeyLength = 16;

    /// <summary>Holds every role.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Keys holding one role each, by role name (<c>AmbassadorFlows__Access__RoleKeys__Ops</c>).</summary>
    public Dictionary<string, string> RoleKeys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool HasKeys => !string.IsNullOrEmpty(AdminKey) || RoleKeys.Values.Any(k => !string.IsNullOrEmpty(k));

    /// <exception cref="InvalidOperationException">A key is too short or a role key names an unknown role (the message names the setting).</exception>
    public void Validate()
    {
        if (AdminKey is { Length: > 0 and < MinimumKeyLength })
        {
            throw new InvalidOperationException($"{AdminKeySetting} must be at least {MinimumKeyLength} characters.");
        }

        foreach (var (role, key) in RoleKeys)
        {
            if (AppRoles.Normalize(role) is null)
            {
                throw new InvalidOperationException($"AmbassadorFlows__Access__RoleKeys__{role}: no role '{role}' (roles: {string.Join(", ", AppRoles.All)}).");
            }

            if (key is { Length: > 0 and < MinimumKeyLength })
            {
                throw new InvalidOperationException($"AmbassadorFlows__Access__RoleKeys__{role} must be at least {MinimumKeyLength} characters.");
            }
        }
    }
}
