using System.Globalization;
using Azure;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>Reads the server's requested delay: <c>retry-after-ms</c>, <c>x-ms-retry-after-ms</c>,
/// or <c>Retry-After</c> in seconds or as an HTTP date. Header names are case-insensitive
/// (ACS examples use both <c>Retry-After</c> and <c>retry-after</c>).</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(Response? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(name, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
            {
                return TimeSpan.FromMilliseconds(millis);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var delay = at - now;
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        return null;
    }
}
