namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>A text in several languages, keyed by two-letter code. Serialized as a plain JSON object
/// (<c>{"en": "...", "nl": "..."}</c>).</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public LocalizedText(IDictionary<string, string> texts)
        : base(texts, StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>The text in <paramref name="language"/>, else English, else any.</summary>
    public string In(string? language)
    {
        if (language is not null && TryGetValue(language, out var text))
        {
            return text;
        }

        return TryGetValue("en", out var english) ? english : Values.FirstOrDefault() ?? string.Empty;
    }

    /// <summary>The text as <see cref="In(string?)"/> picks it, with the programme's placeholders
    /// (<see cref="ProgrammePlaceholders"/>) filled in for the language it is written in.</summary>
    public string In(string? language, ProgrammeDefinition programme)
    {
        var picked = language is not null && ContainsKey(language) ? language : ContainsKey("en") ? "en" : Keys.FirstOrDefault() ?? "en";
        return ProgrammePlaceholders.Resolve(In(language), programme, picked);
    }

    public static LocalizedText Of(string language, string text) => new() { [language] = text };
}
