using System.Globalization;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What ambassadors keep mentioning, per prompt of the monthly check-in: the words most
/// answers share, leaving out the stopwords of the languages they write in. A cheap signal that
/// tells HR where to read first, not an analysis; the verbatim answers follow in the summary.</summary>
public sealed record FeedbackThemes(IReadOnlyList<ThemeTerm> Successes, IReadOnlyList<ThemeTerm> Challenges, IReadOnlyList<ThemeTerm> Asks)
{
    /// <summary>A term has to come back in this many answers to count as a theme.</summary>
    public const int MinMentions = 2;

    public static FeedbackThemes Empty { get; } = new([], [], []);

    public static FeedbackThemes Of(IReadOnlyCollection<CheckInRecord> checkIns, IEnumerable<string> languages, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var stopwords = Stopwords.For(languages);
        var answers = checkIns.Select(c => AnswerTerms.Of(c, stopwords)).ToList();
        return FromCounts(
            Count(answers.SelectMany(a => a.Successes)),
            Count(answers.SelectMany(a => a.Challenges)),
            Count(answers.SelectMany(a => a.Asks)),
            top);
    }

    /// <summary>The themes from how many answers mention each term, per prompt (what a store keeps
    /// added up, so it need not read every answer again).</summary>
    public static FeedbackThemes FromCounts(IReadOnlyDictionary<string, int> successes, IReadOnlyDictionary<string, int> challenges, IReadOnlyDictionary<string, int> asks, int top = 5)
        => new(Top(successes, top), Top(challenges, top), Top(asks, top));

    /// <summary>"bike (3), showers (2)", or "-" when nothing recurs.</summary>
    public static string Describe(IReadOnlyList<ThemeTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count == 0 ? "-" : string.Join(", ", terms.Select(t => $"{t.Term} ({t.Mentions})"));
    }

    private static Dictionary<string, int> Count(IEnumerable<string> terms)
        => terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static List<ThemeTerm> Top(IReadOnlyDictionary<string, int> mentions, int top)
        => [.. mentions
            .Where(t => t.Value >= MinMentions)
            .Select(t => new ThemeTerm(t.Key, t.Value))
            .OrderByDescending(t => t.Mentions)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(top)];

    /// <summary>Words of three or more letters; apostrophes and hyphens split ("l'équipe" → "équipe").</summary>
    internal static IEnumerable<string> Terms(string text, IReadOnlySet<string> stopwords)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
                if (word.Length >= 3 && !word.All(char.IsDigit) && !stopwords.Contains(word))
                {
                    yield return word;
                }
            }
        }
    }
}

/// <summary>A recurring term and the number of answers that mention it.</summary>
public sealed record ThemeTerm(string Term, int Mentions);
