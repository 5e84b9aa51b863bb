using System.Reflection;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AngleSharp.Dom;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>
/// How the tests recognise English left on a translated dashboard page: every text of
/// <see cref="DashboardText"/> is a key, and a translated page must not show a key's English text,
/// unless the language writes it the same way (the short list below). What the page shows as data in
/// bulk (history, payloads, plain-text emails, audit rows) is not searched: it is English whatever
/// the page's language.
/// </summary>
public static partial class UntranslatedText
{
    /// <summary>Properties of <see cref="DashboardText"/> that are settings, not texts.</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        nameof(DashboardText.Language), nameof(DashboardText.CultureName), nameof(DashboardText.TimePattern), nameof(DashboardText.DatePattern),
    };

    /// <summary>Words a language writes as English does, or that are words of its own spelled alike
    /// (Danish "at", "by"). Kept short on purpose: every entry is a word a translation may keep, not a
    /// way to silence a missing one.</summary>
    private static readonly Dictionary<string, string[]> SameWords = new(StringComparer.Ordinal)
    {
        ["Status"] = ["nl", "da"],
        ["Programme"] = ["fr"],
        ["Programmes"] = ["fr"],
        ["Version"] = ["fr", "da"],
        ["Versions"] = ["fr"],
        ["Instance"] = ["fr"],
        ["Orchestrator"] = ["nl"],
        ["Details"] = ["nl"],
        ["Input"] = ["da"],
        ["Output"] = ["da"],
        ["open"] = ["nl"],
        ["at"] = ["da"],
        ["by"] = ["da"],
        ["min"] = ["nl", "fr", "da"],
        ["bytes"] = ["nl", "da"],
        ["Cc"] = ["nl", "fr", "da"],
    };

    /// <summary>Every text of <see cref="DashboardText"/> by name.</summary>
    public static IReadOnlyList<PropertyInfo> Keys { get; } =
        [.. typeof(DashboardText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && !Settings.Contains(p.Name))];

    public static string Value(DashboardText text, PropertyInfo key) => (string)key.GetValue(text)!;

    /// <summary>The composite-format placeholders of a text ({0}, {1}), in order of number.</summary>
    public static IReadOnlyList<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>True when a translation may read exactly as the English: all its words are the same in
    /// <paramref name="language"/> (or it has none, like "{0} d {1} h").</summary>
    public static bool MayStayEnglish(string english, string language)
        => Words(english).All(w => SameWords.TryGetValue(w, out var languages) && languages.Contains(language));

    /// <summary>
    /// The keys whose English text <paramref name="html"/> shows: a text without placeholders as a
    /// phrase of its own (not inside a longer word: "Step" is not in "StepDown", "Cohort" not in
    /// "Cohorte"); a composite text as all its literal parts, in order, within one element, so "at"
    /// alone in a failure message is not taken for "{0}{1} at {2}".
    /// </summary>
    public static IReadOnlyList<string> Find(string html, string language)
    {
        var texts = Texts(html);
        var found = new List<string>();
        foreach (var key in Keys)
        {
            var english = Value(DashboardText.English, key);
            var fragments = Fragments(english).ToList();
            if (fragments.Count == 0 || fragments.All(f => MayStayEnglish(f, language)))
            {
                continue;
            }

            var pattern = new Regex(string.Join(".*?", fragments.Select(Phrase)), RegexOptions.CultureInvariant | RegexOptions.Singleline);
            if (texts.FirstOrDefault(pattern.IsMatch) is { } shown)
            {
                found.Add($"{key.Name}: \"{english}\" in \"{Shorten(shown)}\"");
            }
        }

        return found;
    }

    /// <summary>What a reader sees, element by element (each element with text of its own, with its
    /// children's), outside style and script, and the attributes shown as text. Web addresses are left
    /// out: a signed link's token is random letters and may spell "By" between two dashes.</summary>
    private static List<string> Texts(string html)
    {
        var document = Pages.Parse(html);
        foreach (var data in document.QuerySelectorAll("style, script, pre, textarea, table#history td, table.audit td"))
        {
            data.Remove();
        }

        var texts = document.All
            .Where(e => e.ChildNodes.OfType<IText>().Any(t => !string.IsNullOrWhiteSpace(t.Data)))
            .Select(e => Link().Replace(e.TextContent, " "))
            .ToList();
        foreach (var element in document.All)
        {
            texts.AddRange(new[] { "title", "aria-label", "placeholder", "alt" }.Select(element.GetAttribute).OfType<string>());
        }

        return texts;
    }

    /// <summary>A fragment as a pattern that does not match inside a longer word (its ends that are letters must not touch letters).</summary>
    private static string Phrase(string fragment)
        => (char.IsLetter(fragment[0]) ? "(?<!\\p{L})" : string.Empty) + Regex.Escape(fragment) + (char.IsLetter(fragment[^1]) ? "(?!\\p{L})" : string.Empty);

    private static string Shorten(string text) => text.Length <= 120 ? text.Trim() : string.Concat(text.AsSpan(0, 120), "…").Trim();

    /// <summary>The literal parts of a text between its placeholders that hold a word.</summary>
    private static IEnumerable<string> Fragments(string text)
        => Placeholder().Split(text).Select(f => f.Trim()).Where(f => Words(f).Any());

    private static IEnumerable<string> Words(string text) => Word().Matches(Placeholder().Replace(text, " ")).Select(m => m.Value);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
