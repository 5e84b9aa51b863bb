using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// Takes one person out of texts that are about others too: another ambassador's meeting invite
/// (its .ics lists every attendee), the manager's request naming them, HR's selection email, an
/// agenda quoting their check-in. Addresses and names go case-insensitively, also HTML-encoded as
/// the email bodies have them; their own texts go where they stand as whole words or lines.
/// </summary>
public sealed class Redactor
{
    public const string Mark = "[erased]";

    /// <summary>Shorter lines of a text (e.g. "Rain") are too common to take out of someone else's email.</summary>
    private const int MinimumTextLength = 8;

    private readonly PersonalDataSubject _subject;
    private readonly Regex? _pattern;

    public Redactor(PersonalDataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _subject = subject;
        var identifiers = subject.Emails.Concat(subject.Names)
            .SelectMany(s => new[] { s, WebUtility.HtmlEncode(s), HtmlEncoder.Default.Encode(s) });
        var texts = subject.Texts
            .SelectMany(t => t.Split('\n').Select(l => l.Trim()).Append(t))
            .Where(t => t.Length >= MinimumTextLength)
            .SelectMany(t => new[] { t, WebUtility.HtmlEncode(t), HtmlEncoder.Default.Encode(t) });
        var alternatives = identifiers.Concat(texts)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(s => s.Length) // the longest match first: a whole text before a line of it
            .Select(Regex.Escape)
            .ToList();
        if (alternatives.Count > 0)
        {
            // Not inside a longer word: "Anna" stays in "Annabel", an address stays in a longer one.
            _pattern = new Regex($@"(?<![\w.@-])(?:{string.Join('|', alternatives)})(?![\w@-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
    }

    public bool Matches(string? text) => _pattern is not null && text is not null && _pattern.IsMatch(text);

    public string? Redact(string? text) => Matches(text) ? _pattern!.Replace(text!, Mark) : text;

    /// <summary>The message with the person taken out, or null when nothing in it is about them.</summary>
    public EmailMessage? Redact(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var attachments = message.Attachments.Select(Redact).ToList();
        var cc = message.Cc.Where(a => !Matches(a.Address)).Select(a => a with { DisplayName = Redact(a.DisplayName) }).ToList();
        var redacted = message with
        {
            To = message.To with { DisplayName = Redact(message.To.DisplayName) },
            Cc = cc,
            Subject = Redact(message.Subject)!,
            HtmlBody = Redact(message.HtmlBody)!,
            TextBody = Redact(message.TextBody)!,
            Attachments = attachments,
        };
        var changed = redacted.To != message.To || !cc.SequenceEqual(message.Cc) || redacted.Subject != message.Subject
            || redacted.HtmlBody != message.HtmlBody || redacted.TextBody != message.TextBody
            || !attachments.Zip(message.Attachments).All(p => ReferenceEquals(p.First, p.Second));
        return changed ? redacted : null;
    }

    /// <summary>What erasure leaves of a sent message, or null when nothing in it is about the person:
    /// mail to them is emptied, mail naming them is redacted.</summary>
    public EmailMessage? Erase(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _subject.IsAddress(message.To.Address) ? Emptied(message) : Redact(message);
    }

    /// <summary>Mail to the erased person keeps only that it was sent, when, and with which template.</summary>
    private static EmailMessage Emptied(EmailMessage message)
    {
        return message with
        {
            To = new EmailAddress(Mark),
            Cc = [],
            Subject = Mark,
            HtmlBody = string.Empty,
            TextBody = string.Empty,
            Attachments = [],
        };
    }

    /// <summary>Text attachments (the .ics invites) are unfolded first: iCalendar folds long lines, which can split an address.</summary>
    private EmailAttachment Redact(EmailAttachment attachment)
    {
        if (!attachment.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return attachment;
        }

        var text = Encoding.UTF8.GetString(attachment.Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        return Matches(text) ? attachment with { Content = Encoding.UTF8.GetBytes(Redact(text)!) } : attachment;
    }
}
