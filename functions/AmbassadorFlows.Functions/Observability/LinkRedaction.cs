using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Personal;

namespace AmbassadorFlows.Functions.Observability;

/// <summary>
/// A link's token is the credential to decide for its assignee, so it never reaches a log line or a span:
/// wherever a path or URL is recorded, the token segment after a link route becomes <see cref="Placeholder"/>.
/// Two routes carry tokens: the approval links (reminders re-issue the same kind) and the personal
/// links (<c>/me/{token}</c>, a person's own page, long-lived, so no less secret).
/// </summary>
public static partial class LinkRedaction
{
    public const string Placeholder = "[token]";

    /// <summary>True when <paramref name="text"/> holds a link token.</summary>
    public static bool HasToken(string? text)
        => text is not null
            && (text.Contains("/" + ApprovalLinks.RoutePrefix, StringComparison.OrdinalIgnoreCase) || text.Contains("/" + PersonalLinks.RoutePrefix, StringComparison.OrdinalIgnoreCase))
            && TokenSegment().IsMatch(text);

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasToken(text) ? TokenSegment().Replace(text, "$1" + Placeholder) : text;
    }

    // A route prefix, then everything up to the next separator (tokens may also arrive percent-encoded).
    [GeneratedRegex(@"(/(?:" + ApprovalLinks.RoutePrefix + "|" + PersonalLinks.RoutePrefix + @"))(?!\[token\])[^/?#\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex TokenSegment();
}
