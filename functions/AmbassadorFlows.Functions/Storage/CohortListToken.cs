using System.Globalization;
using System.Text;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>Where a page of the cohort list ends: its last row's creation time and id, opaque to
/// callers (base64url), so the next page starts right after it.</summary>
internal static class CohortListToken
{
    public static string Write(long at, string cohortId)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{at}:{cohortId}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <exception cref="FormatException">Not a token <see cref="Write"/> made.</exception>
    public static (long At, string CohortId) Read(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new FormatException("Not a page token of the cohort list.");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(text.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var at) && colon < text.Length - 1
            ? (at, text[(colon + 1)..])
            : throw new FormatException("Not a page token of the cohort list.");
    }
}
