using System.Globalization;

namespace AmbassadorFlows.Functions.Components;

/// <summary>Dates and times as a reader of the page's language writes them ("24. februar 2027" in
/// Danish, "24 février 2027" in French), in the programme's time zone: people pages never show ISO or UTC.</summary>
public static class PageDates
{
    public static CultureInfo CultureFor(string language) => Workflows.Messaging.MessageRenderer.CultureFor(language);

    public static string Date(DateTimeOffset value, string language, TimeZoneInfo zone)
        => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(value, zone).DateTime), language);

    public static string Date(DateOnly value, string language)
        => value.ToString(language == "da" ? "d'.' MMMM yyyy" : "d MMMM yyyy", CultureFor(language));

    /// <summary>Date and clock time, e.g. "5 March 2026, 09:00".</summary>
    public static string DateTime(DateTimeOffset value, string language, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(value, zone);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var date = Date(DateOnly.FromDateTime(local.DateTime), language);
        return language switch
        {
            "fr" => $"{date} à {time}",
            "da" => $"{date} kl. {time}",
            "nl" => $"{date} om {time}",
            _ => $"{date}, {time}",
        };
    }

    /// <summary>The programme's zone by its IANA id; UTC when the machine does not know it.</summary>
    public static TimeZoneInfo Zone(string? id)
        => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A workflow date (UTC, unspecified kind) as an instant.</summary>
    public static DateTimeOffset Utc(System.DateTime value) => new(System.DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
