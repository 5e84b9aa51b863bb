using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AmbassadorFlows.Workflows.Messaging;

/// <summary>
/// Renders the embedded templates. One source per message and language gives both bodies: the text
/// body is the template with values filled in; the HTML body is built from its structure (blank
/// line = paragraph, "- " = list item, "&gt; Label: url" = button) with every character HTML-encoded,
/// so no value can inject markup.
/// </summary>
public sealed partial class MessageRenderer
{
    public const string FallbackLanguage = "en";

    private readonly ConcurrentDictionary<string, string?> _sources = new(StringComparer.OrdinalIgnoreCase);

    public static MessageRenderer Default { get; } = new();

    public static CultureInfo CultureFor(string language) => language switch
    {
        "nl" => CultureInfo.GetCultureInfo("nl-BE"),
        "fr" => CultureInfo.GetCultureInfo("fr-BE"),
        "da" => CultureInfo.GetCultureInfo("da-DK"),
        _ => CultureInfo.GetCultureInfo("en-GB"),
    };

    /// <summary>True when the template exists in exactly this language (no fallback).</summary>
    public bool Exists(string template, string language) => Source(template, language) is not null;

    /// <summary>Renders in <paramref name="language"/>, or English when that language is missing.</summary>
    /// <exception cref="KeyNotFoundException">Unknown template, or a placeholder without a value.</exception>
    public RenderedMessage Render(string template, string? language, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var chosen = language is not null && Exists(template, language) ? language : FallbackLanguage;
        var source = Source(template, chosen) ?? throw new KeyNotFoundException($"No template '{template}'.");
        var filled = Placeholder().Replace(source.ReplaceLineEndings("\n"), match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value.ReplaceLineEndings("\n")
                : throw new KeyNotFoundException($"Template '{template}' ({chosen}) needs a value for '{match.Groups[1].Value}'."));

        var newline = filled.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = newline < 0 ? filled : filled[..newline];
        if (!firstLine.StartsWith("Subject:", StringComparison.Ordinal))
        {
            throw new FormatException($"Template '{template}' ({chosen}) must start with 'Subject:'.");
        }

        var subject = firstLine["Subject:".Length..].Trim();
        var body = (newline < 0 ? string.Empty : filled[(newline + 1)..]).Trim('\n');
        var text = ButtonLine().Replace(body, "${label}: ${url}");
        return new RenderedMessage(template, chosen, subject, ToHtml(chosen, subject, body), text + "\n") { BodySource = body };
    }

    /// <summary>The language and a viewport go in, so screen readers pick the right voice and phones
    /// do not zoom the message out (axe html-has-lang, Lighthouse's viewport check).</summary>
    private static string ToHtml(string language, string subject, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body style=\"font-family:Segoe UI,Arial,sans-serif;line-height:1.5;color:#1b1b1b;max-width:640px\">");
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                html.Append("<ul>");
                foreach (var line in lines)
                {
                    html.Append("<li>").Append(WebUtility.HtmlEncode(line[2..])).Append("</li>");
                }

                html.Append("</ul>");
                continue;
            }

            html.Append("<p>");
            for (var i = 0; i < lines.Length; i++)
            {
                var button = ButtonLine().Match(lines[i]);
                if (button.Success)
                {
                    html.Append("<a href=\"").Append(WebUtility.HtmlEncode(button.Groups["url"].Value))
                        .Append("\" style=\"display:inline-block;padding:10px 18px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px\">")
                        .Append(WebUtility.HtmlEncode(button.Groups["label"].Value)).Append("</a>");
                }
                else
                {
                    html.Append(WebUtility.HtmlEncode(lines[i]));
                }

                if (i < lines.Length - 1)
                {
                    html.Append("<br>");
                }
            }

            html.Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private string? Source(string template, string language)
        => _sources.GetOrAdd($"{language}/{template}", static key =>
        {
            var parts = key.Split('/');
            var name = $"AmbassadorFlows.Workflows.Templates.{parts[0]}.{parts[1]}.txt";
            using var stream = typeof(MessageRenderer).Assembly.GetManifestResourceStream(name);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        });

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^> (?<label>[^:\n]+): (?<url>https?://\S+)$", RegexOptions.Multiline)]
    private static partial Regex ButtonLine();
}
