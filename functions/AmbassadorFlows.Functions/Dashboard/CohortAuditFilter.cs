using System.Globalization;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// The cohort page's audit filter (<c>?actor=&amp;action=&amp;from=&amp;until=</c>): who (part of a name or
/// address), what (part of an action as the reader's language says it, see <see cref="AuditActionSearch"/>:
/// "answered" finds every decision in English, "besvaret" in Danish), and a range of days (UTC, both ends included). The page's table and its CSV
/// read the same filter, so the download is what HR sees. A day that is no date is named, as typed, and
/// filters nothing.
/// </summary>
public sealed record CohortAuditFilter(string? Actor, string? Action, string? FromText, string? UntilText)
{
    public static CohortAuditFilter None { get; } = new(null, null, null, null);

    public DateOnly? From => Day(FromText);

    public DateOnly? Until => Day(UntilText);

    /// <summary>The fields whose text is no date (<c>from</c>, <c>until</c>).</summary>
    public IReadOnlyList<string> Invalid
        => [.. new[] { ("from", FromText), ("until", UntilText) }.Where(f => !string.IsNullOrWhiteSpace(f.Item2) && Day(f.Item2) is null).Select(f => f.Item1)];

    public bool IsEmpty => Actor is null && Action is null && FromText is null && UntilText is null;

    public static CohortAuditFilter Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(Text(query["actor"]), Text(query["action"]), Text(query["from"]), Text(query["until"]));
    }

    /// <summary>The entries that pass, in their order. HR's own reads are summed up under the table, so the
    /// table shows them only when asked for by their action.</summary>
    /// <param name="language">The reader's language, in which "what" is read (the page's, and the CSV link carries it).</param>
    public IReadOnlyList<AuditEntry> Apply(IEnumerable<AuditEntry> entries, string language, bool keepReads = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var what = Action is null ? null : new AuditActionSearch(Action, language);
        var readsAskedFor = what is not null && what.Finds(AuditTrail.PersonalDataRead);
        return [.. entries.Where(e =>
            (keepReads || readsAskedFor || e.Action != AuditTrail.PersonalDataRead)
            && (Actor is null || e.Actor.Contains(Actor, StringComparison.OrdinalIgnoreCase))
            && (what is null || what.Finds(e.Action))
            && (From is not { } from || DateOnly.FromDateTime(e.At.UtcDateTime) >= from)
            && (Until is not { } until || DateOnly.FromDateTime(e.At.UtcDateTime) <= until))];
    }

    /// <summary>The filter as a query string ("?actor=…"), empty when there is none; with
    /// <paramref name="language"/> when "what" is set, so the CSV reads it as the page did.</summary>
    public string Query(string? language = null)
    {
        var parts = new[] { ("actor", Actor), ("action", Action), ("from", FromText), ("until", UntilText), ("lang", Action is null ? null : language) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")
            .ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
