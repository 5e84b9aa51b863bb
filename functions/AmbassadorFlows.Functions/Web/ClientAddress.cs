using System.Net;

namespace AmbassadorFlows.Functions.Web;

/// <summary>
/// The caller's IP address, as the audit records it. In Azure the worker sees the Functions host's proxy
/// (127.0.0.1); the platform's front end puts the address it saw in <c>X-Forwarded-For</c>, appending it
/// to whatever the caller sent, so the last entry is the one to trust. Locally nothing stands in front
/// of Kestrel and the header is whatever the caller wrote, so it is ignored.
/// </summary>
public sealed class ClientAddress(bool trustForwardedFor)
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    public bool TrustsForwardedFor { get; } = trustForwardedFor;

    public string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TrustsForwardedFor
            && context.Request.Headers[ForwardedForHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } entries
            && Parse(entries[^1]) is { } forwarded)
        {
            return forwarded.ToString();
        }

        return context.Connection.RemoteIpAddress?.ToString();
    }

    /// <summary>An address as proxies write it: <c>203.0.113.7</c>, <c>203.0.113.7:51234</c>, <c>[2001:db8::1]:443</c>, <c>2001:db8::1</c>.</summary>
    private static IPAddress? Parse(string entry)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            return address;
        }

        return IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address : null;
    }
}
