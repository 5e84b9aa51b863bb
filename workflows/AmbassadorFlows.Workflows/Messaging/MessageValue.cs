using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Messaging;

/// <summary>One placeholder value, kept language-neutral until the recipient is known: plain text,
/// a text per language, a list of those, a moment shown in the reader's culture and time zone, or
/// people by employee id (named by the sending activity, so a name never enters history).</summary>
public sealed record MessageValue
{
    public string? Text { get; init; }

    public LocalizedText? Localized { get; init; }

    public IReadOnlyList<LocalizedText>? List { get; init; }

    public DateTime? Date { get; init; }

    /// <summary>Employee ids, one line each; <see cref="Shared.MessageComposer"/> turns them into
    /// names from the directory when it sends. Unexpanded, the lines show the ids.</summary>
    public IReadOnlyList<string>? People { get; init; }

    /// <summary>Shows <see cref="Date"/> with its time of day in this zone; without it, the date only.</summary>
    public string? TimeZone { get; init; }

    public string Resolve(string language)
    {
        if (Localized is not null)
        {
            return Localized.In(language);
        }

        if (List is not null)
        {
            return string.Join("\n", List.Select(item => "- " + item.In(language)));
        }

        if (People is not null)
        {
            return string.Join("\n", People.Select(id => "- " + id));
        }

        if (Date is { } date)
        {
            var culture = MessageRenderer.CultureFor(language);
            if (TimeZone is null)
            {
                return date.ToString("D", culture);
            }

            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(date, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
            return local.ToString("D", culture) + At(local, language, ZoneCity.Of(TimeZone, language));
        }

        return Text ?? string.Empty;
    }

    /// <summary>The time after the date as each language writes it, and the zone by its city, so a
    /// reader elsewhere knows which clock: "at 12:30 (Brussels time)", "kl. 12.30 (Bruxelles-tid)".</summary>
    private static string At(DateTime local, string language, string city) => language switch
    {
        "nl" => $" om {local:HH':'mm} (tijd in {city})",
        "fr" => $" à {local:HH':'mm} (heure de {city})",
        "da" => $" kl. {local:HH'.'mm} ({city}-tid)",
        _ => $" at {local:HH':'mm} ({city} time)",
    };
}
