using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What a meeting invite says about its group, in every language: which group of how many,
/// what its members share (e.g. "region: North"), and that all groups meet at the same time and in
/// the same place or online meeting.</summary>
public static class MeetingGroupText
{
    private sealed record Words(string Group, string Alone, string Line, string Together, string TogetherOnline, string Region, string Language, string Department);

    private static readonly Dictionary<string, Words> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new("group", "Everyone meets as one group.", "You are in group {0} of {1}{2}.", "All groups meet at the same time and in the same place.", "All groups meet at the same time, in the same online meeting.", "region", "language", "department"),
        ["nl"] = new("groep", "Iedereen komt samen als één groep.", "Je zit in groep {0} van {1}{2}.", "Alle groepen komen op hetzelfde moment en op dezelfde plaats samen.", "Alle groepen komen op hetzelfde moment samen, in dezelfde onlinevergadering.", "regio", "taal", "afdeling"),
        ["fr"] = new("groupe", "Tout le monde se réunit en un seul groupe.", "Vous faites partie du groupe {0} sur {1}{2}.", "Tous les groupes se réunissent à la même heure et au même endroit.", "Tous les groupes se réunissent à la même heure, dans la même réunion en ligne.", "région", "langue", "service"),
        ["da"] = new("gruppe", "Alle mødes i én gruppe.", "Du er i gruppe {0} af {1}{2}.", "Alle grupper mødes på samme tid og samme sted.", "Alle grupper mødes på samme tid i det samme onlinemøde.", "region", "sprog", "afdeling"),
    };

    /// <summary>The invite's paragraph about <paramref name="group"/>.</summary>
    public static LocalizedText Line(MeetingGroup group, bool online)
    {
        ArgumentNullException.ThrowIfNull(group);
        var text = new LocalizedText();
        foreach (var (language, words) in ByLanguage)
        {
            text[language] = group.Of == 1
                ? words.Alone
                : string.Format(MessageCulture(language), words.Line, group.Number, group.Of, Shared(group, words, language)) + " " + (online ? words.TogetherOnline : words.Together);
        }

        return text;
    }

    /// <summary>"#3" for one group, "#3 (group 2/5)" otherwise: the calendar entry's title after the programme's name.</summary>
    public static string Title(int month, MeetingGroup group, string language)
    {
        ArgumentNullException.ThrowIfNull(group);
        var words = ByLanguage.GetValueOrDefault(language) ?? ByLanguage["en"];
        return group.Of == 1 ? $"#{month}" : $"#{month} ({words.Group} {group.Number}/{group.Of})";
    }

    /// <summary>" (region: North)", French " (région : North)"; empty when the group shares nothing named.</summary>
    private static string Shared(MeetingGroup group, Words words, string language)
    {
        var what = group.Grouping switch
        {
            "region" => words.Region,
            "language" => words.Language,
            "department" => words.Department,
            _ => null,
        };
        if (what is null || group.Keys.Count == 0)
        {
            return string.Empty;
        }

        var values = group.Grouping == "language" ? group.Keys.Select(LanguageName) : group.Keys;
        return $" ({what}{(language == "fr" ? " : " : ": ")}{string.Join(", ", values)})";
    }

    /// <summary>A language by its own name, as the language switcher writes it.</summary>
    private static string LanguageName(string code) => code.ToLowerInvariant() switch
    {
        "en" => "English",
        "nl" => "Nederlands",
        "fr" => "Français",
        "da" => "Dansk",
        _ => code,
    };

    private static System.Globalization.CultureInfo MessageCulture(string language) => Messaging.MessageRenderer.CultureFor(language);
}
