using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>An at-risk reason as a reader says it, in en, nl, fr or da (others read English): the
/// cohort page and HR's monthly summary both take their words from here. Hours in the reader's
/// culture ("2,5" in nl, fr, da).</summary>
public sealed record AtRiskText
{
    public required Func<int, string> MissedMeetings { get; init; }

    public required Func<int, string> NoCheckIn { get; init; }

    /// <summary>Hours, month, budget.</summary>
    public required Func<string, int, string, string> HoursOverBudget { get; init; }

    /// <summary>Hours, month, budget.</summary>
    public required Func<string, int, string, string> HoursUnderBudget { get; init; }

    /// <summary>Month, months in a row.</summary>
    public required Func<int, int, string> NoTime { get; init; }

    public required string TrainingOverdue { get; init; }

    /// <summary>What the summary says when nobody is flagged.</summary>
    public required string Nobody { get; init; }

    /// <summary>Between a name and its reasons (French puts a space before the colon).</summary>
    public string NameSeparator { get; init; } = ": ";

    /// <summary>Between two reasons (French again spaces the semicolon).</summary>
    public string ReasonSeparator { get; init; } = "; ";

    public static AtRiskText For(string? language) => language?.ToLowerInvariant() switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static string Describe(AtRiskReason reason, string? language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = For(language);
        var culture = MessageRenderer.CultureFor(language ?? "en");
        string Hours(double hours) => hours.ToString("0.#", culture);
        return reason.Kind switch
        {
            AtRiskKind.MissedMeetings => text.MissedMeetings(reason.InARow),
            AtRiskKind.NoCheckIn => text.NoCheckIn(reason.InARow),
            AtRiskKind.HoursOverBudget => text.HoursOverBudget(Hours(reason.Hours), reason.Month, Hours(reason.BudgetHours)),
            AtRiskKind.HoursUnderBudget => text.HoursUnderBudget(Hours(reason.Hours), reason.Month, Hours(reason.BudgetHours)),
            AtRiskKind.NoTime => text.NoTime(reason.Month, reason.InARow),
            AtRiskKind.TrainingOverdue => text.TrainingOverdue,
            _ => reason.Kind.ToString(),
        };
    }

    /// <summary>Every reason of one ambassador on one line.</summary>
    public static string Describe(IEnumerable<AtRiskReason> reasons, string? language)
        => string.Join(For(language).ReasonSeparator, reasons.Select(r => Describe(r, language)));

    public static readonly AtRiskText English = new()
    {
        MissedMeetings = n => n == 1 ? "missed the last meeting" : $"missed the last {n} meetings",
        NoCheckIn = n => n == 1 ? "no check-in for the last month" : $"no check-in for the last {n} months",
        HoursOverBudget = (h, m, b) => $"{h} h in month {m}, far over the budget of {b} h",
        HoursUnderBudget = (h, m, b) => $"{h} h in month {m}, far under the budget of {b} h",
        NoTime = (m, n) => n == 1 ? $"could not make time in month {m}" : $"could not make time for {n} months in a row",
        TrainingOverdue = "training overdue",
        Nobody = "Nobody this month.",
    };

    public static readonly AtRiskText Dutch = new()
    {
        MissedMeetings = n => n == 1 ? "was niet op het laatste overleg" : $"was niet op de laatste {n} overleggen",
        NoCheckIn = n => n == 1 ? "geen check-in in de laatste maand" : $"geen check-in in de laatste {n} maanden",
        HoursOverBudget = (h, m, b) => $"{h} u in maand {m}, ver boven het budget van {b} u",
        HoursUnderBudget = (h, m, b) => $"{h} u in maand {m}, ver onder het budget van {b} u",
        NoTime = (m, n) => n == 1 ? $"kon in maand {m} geen tijd vrijmaken" : $"kon {n} maanden op rij geen tijd vrijmaken",
        TrainingOverdue = "opleiding niet op tijd afgerond",
        Nobody = "Deze maand niemand.",
    };

    public static readonly AtRiskText French = new()
    {
        MissedMeetings = n => n == 1 ? "absence à la dernière réunion" : $"absence aux {n} dernières réunions",
        NoCheckIn = n => n == 1 ? "pas de point mensuel le mois dernier" : $"pas de point mensuel depuis {n} mois",
        HoursOverBudget = (h, m, b) => $"{h} h au mois {m}, bien au-delà du budget de {b} h",
        HoursUnderBudget = (h, m, b) => $"{h} h au mois {m}, bien en deçà du budget de {b} h",
        NoTime = (m, n) => n == 1 ? $"pas pu dégager de temps au mois {m}" : $"pas pu dégager de temps {n} mois de suite",
        TrainingOverdue = "formation en retard",
        Nobody = "Personne ce mois-ci.",
        NameSeparator = " : ",
        ReasonSeparator = " ; ",
    };

    public static readonly AtRiskText Danish = new()
    {
        MissedMeetings = n => n == 1 ? "deltog ikke i det seneste møde" : $"deltog ikke i de seneste {n} møder",
        NoCheckIn = n => n == 1 ? "ingen opfølgning den seneste måned" : $"ingen opfølgning de seneste {n} måneder",
        HoursOverBudget = (h, m, b) => $"{h} t i måned {m}, langt over budgettet på {b} t",
        HoursUnderBudget = (h, m, b) => $"{h} t i måned {m}, langt under budgettet på {b} t",
        NoTime = (m, n) => n == 1 ? $"kunne ikke finde tid i måned {m}" : $"kunne ikke finde tid {n} måneder i træk",
        TrainingOverdue = "uddannelsen er forsinket",
        Nobody = "Ingen denne måned.",
    };
}
