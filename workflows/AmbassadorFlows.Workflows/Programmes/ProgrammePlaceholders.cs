using System.Text.RegularExpressions;
using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>
/// Numbers live once: a programme's prose refers to its settings as <c>{timeBudget}</c>,
/// <c>{termMonths}</c>, <c>{meetingDay}</c>, … and they are filled in, in the reader's language and
/// number format, when the text is shown or sent, so a text can never say "three hours" beside a
/// budget of 4. Pure and deterministic (it runs on what a history recorded).
/// </summary>
public static partial class ProgrammePlaceholders
{
    /// <summary>Every placeholder a programme text may use.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["timeBudget", "termMonths", "maxTerms", "meetingDay", "meetingTime", "meetingDuration", "applicationWindowDays"];

    /// <summary>The placeholders in <paramref name="text"/> that are not one of <see cref="Names"/>.</summary>
    public static IReadOnlyList<string> Unknown(string? text)
        => text is null ? [] : [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(n => !Names.Contains(n, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];

    /// <summary><paramref name="text"/> with each known placeholder replaced by the programme's setting,
    /// written for <paramref name="language"/>; anything else in braces stays as it is.</summary>
    public static string Resolve(string? text, ProgrammeDefinition programme, string language)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (string.IsNullOrEmpty(text) || !text.Contains('{', StringComparison.Ordinal))
        {
            return text ?? string.Empty;
        }

        return Placeholder().Replace(text, m => ValueOf(m.Groups[1].Value, programme, language) ?? m.Value);
    }

    /// <summary>The text in every language it has, each with the placeholders filled in for that language.</summary>
    public static LocalizedText Resolve(LocalizedText text, ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LocalizedText(text.ToDictionary(t => t.Key, t => Resolve(t.Value, programme, t.Key)));
    }

    /// <summary>The programme with the placeholders of every text filled in (its settings unchanged): what
    /// a cohort loads, so its history, its emails and its pages carry the words people read.</summary>
    public static ProgrammeDefinition ResolveTexts(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        LocalizedText R(LocalizedText text) => text is null ? text! : Resolve(text, programme);
        IReadOnlyList<LocalizedText> All(IReadOnlyList<LocalizedText> texts) => texts is null ? texts! : [.. texts.Select(R)];
        return programme with
        {
            Name = R(programme.Name),
            Purpose = R(programme.Purpose),
            TaskPlan = All(programme.TaskPlan),
            Posting = programme.Posting is null ? programme.Posting! : programme.Posting with
            {
                Summary = R(programme.Posting.Summary),
                Responsibilities = All(programme.Posting.Responsibilities),
                Expectations = All(programme.Posting.Expectations),
            },
            Training = programme.Training is null ? programme.Training! : [.. programme.Training.Select(m => m with { Title = R(m.Title) })],
        };
    }

    /// <summary>Each placeholder's value in <paramref name="language"/>, for the editor's hint.</summary>
    public static IReadOnlyList<(string Name, string Value)> Values(ProgrammeDefinition programme, string language)
        => [.. Names.Select(n => (n, ValueOf(n, programme, language) ?? string.Empty))];

    private static string? ValueOf(string name, ProgrammeDefinition programme, string language)
    {
        var culture = MessageRenderer.CultureFor(language);
        return name switch
        {
            "timeBudget" => programme.TimeBudgetHoursPerMonth.ToString("0.##", culture),
            "termMonths" => programme.TermMonths.ToString(culture),
            "maxTerms" => programme.MaxTerms.ToString(culture),
            "meetingDay" => programme.Meetings is null ? null : culture.DateTimeFormat.GetDayName(programme.Meetings.DayOfWeek),
            "meetingTime" => programme.Meetings?.StartTime,
            "meetingDuration" => programme.Meetings?.DurationMinutes.ToString(culture),
            "applicationWindowDays" => programme.Posting?.ApplicationWindowDays.ToString(culture),
            _ => null,
        };
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
