using System.Globalization;
using System.Text;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Keyset paging: the token is the (created, id) of the last row returned, so pages stay
/// stable while instances are added.</summary>
internal static class QueryContinuationToken
{
    public static string Encode(long createdTicks, string instanceId)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{createdTicks.ToString(CultureInfo.InvariantCulture)}|{instanceId}"));

    public static (long CreatedTicks, string InstanceId) Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return (long.Parse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture), text[(bar + 1)..]);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new ArgumentException("The continuation token is not one this store issued.", nameof(token), ex);
        }
    }
}
