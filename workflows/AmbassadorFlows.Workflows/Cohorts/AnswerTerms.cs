using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>The terms of one check-in, per prompt, each counted once per answer (so one long answer
/// repeating a word is not a theme): what <see cref="FeedbackThemes"/> adds up.</summary>
public sealed record AnswerTerms(IReadOnlyList<string> Successes, IReadOnlyList<string> Challenges, IReadOnlyList<string> Asks)
{
    public static AnswerTerms Of(CheckInRecord checkIn, IReadOnlySet<string> stopwords)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return new(Distinct(checkIn.Successes, stopwords), Distinct(checkIn.Challenges, stopwords), Distinct(checkIn.Asks, stopwords));
    }

    private static List<string> Distinct(string? answer, IReadOnlySet<string> stopwords)
        => string.IsNullOrWhiteSpace(answer) ? [] : [.. FeedbackThemes.Terms(answer, stopwords).Distinct(StringComparer.Ordinal)];
}
