using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>The real local app with an admin key and one key per role, so each role can be tried over HTTP.</summary>
public sealed class KeyedAppHost : IAsyncLifetime
{
    public const string AdminKey = "admin-key-0123456789abcdef";

    public static IReadOnlyDictionary<string, string> RoleKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AppRoles.HR] = "hr-key-0123456789abcdef",
        [AppRoles.Ops] = "ops-key-0123456789abcdef",
        [AppRoles.Viewer] = "viewer-key-0123456789abcdef",
    };

    public AppHost App { get; } = new(
        [
            $"--AmbassadorFlows:Access:AdminKey={AdminKey}",
            .. RoleKeys.Select(k => $"--AmbassadorFlows:Access:RoleKeys:{k.Key}={k.Value}"),
        ],
        null,
        accessKey: AdminKey);

    /// <summary>A client presenting the key of <paramref name="role"/>; null role: no key at all.</summary>
    public HttpClient ClientAs(string? role)
    {
        var client = App.NewClient(followRedirects: false);
        client.DefaultRequestHeaders.Authorization = role is null ? null : new("Bearer", RoleKeys[role]);

        return client;
    }

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}
