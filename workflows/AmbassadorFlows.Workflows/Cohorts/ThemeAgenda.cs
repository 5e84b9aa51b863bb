using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>
/// A meeting's agenda: the themes of last month's check-ins (<see cref="FeedbackThemes"/>), asks and
/// challenges first, each with the number of answers that mention it, in every language. A theme is a
/// word at least two answers share, so the agenda quotes nobody and names nobody, and its size does not
/// depend on how many people answered.
/// </summary>
public static class ThemeAgenda
{
    /// <summary>A new copy each time: a <see cref="LocalizedText"/> can be changed.</summary>
    public static LocalizedText NoFeedbackYet => new()
    {
        ["en"] = "- (no feedback yet)",
        ["nl"] = "- (nog geen feedback)",
        ["fr"] = "- (pas encore de retours)",
        ["da"] = "- (ingen feedback endnu)",
    };

    private static LocalizedText NothingRecurs => new()
    {
        ["en"] = "- (no theme came up in more than one answer)",
        ["nl"] = "- (geen thema kwam in meer dan één antwoord terug)",
        ["fr"] = "- (aucun thème ne revient dans plus d’une réponse)",
        ["da"] = "- (intet tema gik igen i mere end ét svar)",
    };

    private static readonly Dictionary<string, (string Asks, string Challenges, string Successes)> Labels = new(StringComparer.Ordinal)
    {
        ["en"] = ("Asks: ", "Challenges: ", "Successes: "),
        ["nl"] = ("Vragen: ", "Uitdagingen: ", "Successen: "),
        ["fr"] = ("Demandes : ", "Difficultés : ", "Réussites : "),
        ["da"] = ("Ønsker: ", "Udfordringer: ", "Succeser: "),
    };

    /// <summary>The themes of <paramref name="month"/>'s check-ins across <paramref name="cohort"/>, leaving
    /// out the stopwords of <paramref name="languages"/> (the programme's and the writers').</summary>
    public static LocalizedText Of(IReadOnlyList<AmbassadorProgress> cohort, int month, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var checkIns = cohort.SelectMany(a => a.CheckIns).Where(c => c.Month == month && month > 0).ToList();
        return checkIns.Count == 0 ? NoFeedbackYet : For(FeedbackThemes.Of(checkIns, languages));
    }

    public static LocalizedText For(FeedbackThemes themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        if (themes.Asks.Count + themes.Challenges.Count + themes.Successes.Count == 0)
        {
            return NothingRecurs;
        }

        var text = new LocalizedText();
        foreach (var (language, label) in Labels)
        {
            var lines = new List<string>();
            void Add(string prompt, IReadOnlyList<ThemeTerm> terms)
            {
                if (terms.Count > 0)
                {
                    lines.Add($"- {prompt}{FeedbackThemes.Describe(terms)}");
                }
            }

            Add(label.Asks, themes.Asks);
            Add(label.Challenges, themes.Challenges);
            Add(label.Successes, themes.Successes);
            text[language] = string.Join("\n", lines);
        }

        return text;
    }
}
