using System.Net;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// Local mode without keys admits every caller as admin, which is safe only while nobody else can
/// reach the port. So a listen address beyond this machine (<c>--urls http://0.0.0.0:…</c>, a host
/// name, <c>ASPNETCORE_HTTP_PORTS</c>, a Kestrel endpoint) without a key stops the start.
/// </summary>
public static class LocalBinding
{
    /// <exception cref="InvalidOperationException">A non-loopback address and no key; the message names the setting.</exception>
    public static void EnsureProtected(IConfiguration configuration, AccessOptions access)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(access);
        access.Validate();
        if (access.HasKeys)
        {
            return;
        }

        var exposed = ListenAddresses(configuration).FirstOrDefault(a => !IsLoopback(a));
        if (exposed is not null)
        {
            throw new InvalidOperationException(
                $"Local mode would listen on {exposed}, which other machines can reach, with no access key: " +
                $"set {AccessOptions.AdminKeySetting} (or AmbassadorFlows__Access__RoleKeys__HR/Ops/Viewer), or listen on localhost only.");
        }
    }

    private static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        foreach (var key in new[] { "urls", WebHostDefaults.ServerUrlsKey })
        {
            foreach (var url in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return url;
            }
        }

        // Ports alone bind every interface.
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                yield return $"*:{configuration[key]}";
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string host;
        try
        {
            host = BindingAddress.Parse(url).Host;
        }
        catch (FormatException)
        {
            return false;
        }

        host = host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
