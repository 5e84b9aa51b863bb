namespace AmbassadorFlows.Workflows.Messaging;

/// <summary>The city a time zone is named after ("Europe/Brussels" → "Brussels"), as each language
/// writes it: "Bruxelles" in French and Danish, "Brussel" in Dutch. Cities without a name of their own
/// in a language are written as the zone's id spells them.</summary>
public static class ZoneCity
{
    public static string Of(string zoneId, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zoneId);
        var city = zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return Names.TryGetValue(city, out var names) && names.TryGetValue(language, out var name) ? name : city;
    }

    private static readonly Dictionary<string, Dictionary<string, string>> Names = new(StringComparer.Ordinal)
    {
        ["Brussels"] = new(StringComparer.Ordinal) { ["nl"] = "Brussel", ["fr"] = "Bruxelles", ["da"] = "Bruxelles" },
        ["Copenhagen"] = new(StringComparer.Ordinal) { ["nl"] = "Kopenhagen", ["fr"] = "Copenhague", ["da"] = "København" },
        ["London"] = new(StringComparer.Ordinal) { ["nl"] = "Londen", ["fr"] = "Londres", ["da"] = "London" },
        ["Luxembourg"] = new(StringComparer.Ordinal) { ["nl"] = "Luxemburg", ["da"] = "Luxembourg" },
        ["Berlin"] = new(StringComparer.Ordinal) { ["nl"] = "Berlijn" },
        ["Lisbon"] = new(StringComparer.Ordinal) { ["nl"] = "Lissabon", ["fr"] = "Lisbonne", ["da"] = "Lissabon" },
        ["Rome"] = new(StringComparer.Ordinal) { ["fr"] = "Rome", ["nl"] = "Rome", ["da"] = "Rom" },
        ["Vienna"] = new(StringComparer.Ordinal) { ["nl"] = "Wenen", ["fr"] = "Vienne", ["da"] = "Wien" },
        ["Warsaw"] = new(StringComparer.Ordinal) { ["nl"] = "Warschau", ["fr"] = "Varsovie", ["da"] = "Warszawa" },
    };
}
