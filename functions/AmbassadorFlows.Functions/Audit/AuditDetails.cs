using System.Globalization;
using System.Text.RegularExpressions;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>
/// An audit entry's details as HR reads them: the shapes the code writes in English words (a hand-over's
/// "from … to …", a request's assignee, a last working day, how many apply links closed, which page HR
/// read) said in the reader's language, ids and numbers kept. Anything else (ids, keys, reasons typed by
/// people) is shown as stored. The trail and its CSV keep the stored text.
/// </summary>
public static partial class AuditDetails
{
    public static string? Say(string? action, string? details, string language)
    {
        if (action is null || details is null)
        {
            return details;
        }

        var words = Words.TryGetValue(language, out var own) ? own : Words["en"];
        if (action is AuditActions.HandedOver or AuditActions.HandedToNewManager && HandOver().Match(details) is { Success: true } handed)
        {
            return string.Format(CultureInfo.InvariantCulture, words.HandedFromTo, handed.Groups["id"].Value, handed.Groups["from"].Value, handed.Groups["to"].Value);
        }

        if (action.StartsWith("requested ", StringComparison.Ordinal) && AskedOf().Match(details) is { Success: true } asked)
        {
            return string.Format(CultureInfo.InvariantCulture, words.AskedOf, asked.Groups["id"].Value, asked.Groups["who"].Value);
        }

        if (action == AuditActions.LeftCompanyRecorded)
        {
            return SayLeft(details, language);
        }

        if (action == AuditActions.PostingClosedEarly && LinksClosed().Match(details) is { Success: true } closed)
        {
            return string.Format(CultureInfo.InvariantCulture, words.LinksClosed, closed.Groups["count"].Value);
        }

        return action == AuditActions.PersonalDataRead && words.Reads.TryGetValue(details, out var read) ? read : details;
    }

    private static string SayLeft(string details, string language)
    {
        if (LastDay().Match(details) is not { Success: true } left
            || !DateOnly.TryParseExact(left.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return details;
        }

        return string.Format(CultureInfo.InvariantCulture, (Words.TryGetValue(language, out var own) ? own : Words["en"]).LastWorkingDay, Components.PageDates.Date(day, language));
    }

    private sealed record DetailWords(string HandedFromTo, string AskedOf, string LastWorkingDay, string LinksClosed, IReadOnlyDictionary<string, string> Reads);

    private static readonly Dictionary<string, DetailWords> Words = new(StringComparer.Ordinal)
    {
        ["en"] = new("{0} from {1} to {2}", "{0}, asked of {1}", "last working day: {0}", "{0} apply links closed", new Dictionary<string, string>(StringComparer.Ordinal)),
        ["nl"] = new("{0} van {1} naar {2}", "{0}, gevraagd aan {1}", "laatste werkdag: {0}", "{0} sollicitatielinks gesloten", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dashboard: cohort page"] = "dashboard: groepspagina",
            ["dashboard: cohort audit CSV"] = "dashboard: audit-CSV van de groep",
            ["dashboard: cohort roster CSV"] = "dashboard: deelnemerslijst (CSV) van de groep",
            ["HR API: cohort detail"] = "HR-API: details van de groep",
        }),
        ["fr"] = new("{0} de {1} à {2}", "{0}, demandé à {1}", "dernier jour de travail : {0}", "{0} liens de candidature fermés", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dashboard: cohort page"] = "tableau de bord : page de la cohorte",
            ["dashboard: cohort audit CSV"] = "tableau de bord : CSV du journal d’audit de la cohorte",
            ["dashboard: cohort roster CSV"] = "tableau de bord : liste des participants (CSV)",
            ["HR API: cohort detail"] = "API RH : détail de la cohorte",
        }),
        ["da"] = new("{0} fra {1} til {2}", "{0}, sendt til {1}", "sidste arbejdsdag: {0}", "{0} ansøgningslinks lukket", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dashboard: cohort page"] = "dashboard: holdets side",
            ["dashboard: cohort audit CSV"] = "dashboard: holdets audit-CSV",
            ["dashboard: cohort roster CSV"] = "dashboard: holdets deltagerliste (CSV)",
            ["HR API: cohort detail"] = "HR-API: holdets detaljer",
        }),
    };

    [GeneratedRegex(@"^(?<id>\S+) from (?<from>\S+) to (?<to>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HandOver();

    [GeneratedRegex(@"^(?<id>\S+) from (?<who>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AskedOf();

    [GeneratedRegex(@"^last working day (?<day>\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex LastDay();

    [GeneratedRegex(@"^(?<count>\d+) apply links closed$", RegexOptions.CultureInvariant)]
    private static partial Regex LinksClosed();
}
