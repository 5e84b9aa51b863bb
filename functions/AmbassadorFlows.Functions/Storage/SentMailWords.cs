using System.Text.RegularExpressions;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>The words of a sent-mail search, as both stores cut them: runs of letters and digits, so
/// "emma.thompson@contoso" is the words emma, thompson and contoso, as in the address it finds.</summary>
public static partial class SentMailWords
{
    public static IReadOnlyList<string> Of(string? typed)
        => typed is null ? [] : [.. Word().Matches(typed).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
