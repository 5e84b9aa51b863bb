using AmbassadorFlows.Functions.Local;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AmbassadorFlows.Functions.Web;

/// <summary>The base URL that links in emails point to. From configuration
/// (<c>AmbassadorFlows:PublicBaseUrl</c>), else the address this server listens on; never from a
/// request's Host header, which a caller controls.</summary>
public sealed class PublicUrls
{
    private readonly Uri? _configured;
    private readonly IServer _server;

    public PublicUrls(LocalModeOptions options, IServer server)
    {
        ArgumentNullException.ThrowIfNull(options);
        _configured = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? null : new Uri(options.PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
        _server = server;
    }

    public Uri BaseUrl
    {
        get
        {
            if (_configured is not null)
            {
                return _configured;
            }

            var address = _server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("AmbassadorFlows:PublicBaseUrl is not set and the server has no address yet.");
            // Kestrel reports wildcard hosts ("http://[::]:7071"); a link needs a name a browser can open.
            address = address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal);
            return new Uri(address.TrimEnd('/') + "/", UriKind.Absolute);
        }
    }

    public Uri Absolute(string relativePath) => new(BaseUrl, relativePath.TrimStart('/'));
}
