using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// The keys of the mentions index: which records name whom, worked out when a record is written, so
/// an erasure reads what names the person instead of every record. A key stands for one thing that
/// identifies a person as <see cref="Redactor"/> finds it — an address, a name, or a text of theirs
/// standing as a line (a check-in quoted in an agenda, a reason quoted to the colleague) — hashed,
/// so the index itself holds no name or address. A record's addresses and text lines are keys
/// outright; names in running text are only recognisable against the names the store has seen on
/// mail (<see cref="Found.NameCandidates"/>: the word runs of the text, kept when one is a known name).
/// </summary>
public static partial class MentionKeys
{
    /// <summary>Rows per transaction (or per batch of table operations) when erasing or indexing.</summary>
    public const int BatchSize = 200;

    /// <summary>As <see cref="Redactor"/>: a shorter line is too common to say whose it is.</summary>
    private const int MinimumTextLength = 8;

    /// <summary>Names of up to this many words are recognised in running text.</summary>
    private const int MaxNameWords = 4;

    private static readonly char[] LineEdges = [' ', '-', '+', '!', '?', '*', '•', '>', '“', '”', '"', '\'', '«', '»', '„', '.', ',', ':', ';', '(', ')', '[', ']'];

    public static string Address(string address) => Key('a', address.Trim().ToLowerInvariant());

    public static string Name(string name) => Key('n', Normalize(name));

    public static string Text(string text) => Key('t', Normalize(text));

    /// <summary>A request put to the person (its assignee), where the store has no index of its own (Tables).</summary>
    public static string Employee(string employeeId) => Key('e', employeeId);

    /// <summary>A record of one of the person's journeys.</summary>
    public static string Journey(string instanceId) => Key('j', instanceId);

    /// <summary>Every key under which a record naming the person was indexed.</summary>
    public static IReadOnlyList<string> Of(PersonalDataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var keys = new HashSet<string>(StringComparer.Ordinal) { Employee(subject.EmployeeId) };
        keys.UnionWith(subject.JourneyInstanceIds.Select(Journey));
        keys.UnionWith(subject.Emails.Select(Address));
        keys.UnionWith(subject.Names.Select(Name));
        foreach (var text in subject.Texts)
        {
            foreach (var part in text.Split('\n').Append(text))
            {
                if (Normalize(part).Length >= MinimumTextLength)
                {
                    keys.Add(Text(part));
                }
            }
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The name keys among <see cref="Of"/> (what the store learned from mail).</summary>
    public static IReadOnlyList<string> NamesOf(PersonalDataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return [.. subject.Names.Select(Name).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What a sent message names: its recipients (to, cc) by address and name, every address in
    /// it (bodies, .ics), every line of its text, and the word runs that may be names.</summary>
    public static Found InMail(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var found = new Found();
        foreach (var recipient in message.Cc.Prepend(message.To))
        {
            found.AddAddress(recipient.Address);
            found.AddKnownName(recipient.DisplayName);
        }

        found.AddText(message.Subject);
        found.AddText(message.TextBody);
        found.AddAddresses(WebUtility.HtmlDecode(message.HtmlBody));
        foreach (var attachment in message.Attachments.Where(a => a.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)))
        {
            // iCalendar folds long lines, which can split an address; names there are attendees, named by address too.
            found.AddAddresses(Encoding.UTF8.GetString(attachment.Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal));
        }

        return found;
    }

    /// <summary>What an approval names: the address it went to, who decided, and every text in its
    /// details, comment, answers and reasons.</summary>
    public static Found InApproval(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var found = new Found();
        found.Keys.Add(Employee(approval.AssigneeId));
        found.Keys.Add(Journey(approval.InstanceId));
        found.AddAddress(approval.AssigneeEmail);
        found.AddText(approval.Decision?.DecidedBy);
        found.AddAddress(approval.Decision?.DecidedBy);
        found.AddText(approval.ClosedReason);
        found.AddText(approval.Decision?.Comment);
        found.AddText(approval.Decision?.UndeliverableReason);
        foreach (var text in JsonStrings(approval.DetailsJson).Concat(JsonStrings(approval.Decision?.DataJson)))
        {
            found.AddText(text);
        }

        return found;
    }

    /// <summary>What an audit line names: its actor and the words of its details.</summary>
    public static Found InAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var found = new Found();
        found.Keys.Add(Journey(entry.InstanceId));
        found.AddAddress(entry.Actor);
        found.AddText(entry.Actor);
        found.AddText(entry.Details);
        return found;
    }

    /// <summary>Lower case, runs of white space as one space, list marks and quotes off both ends:
    /// a text and its quotation ("- + text", “text”) give one key.</summary>
    internal static string Normalize(string text)
        => WhiteSpace().Replace(text, " ").Trim(LineEdges).ToLowerInvariant();

    /// <summary>Every string value in a JSON document (or the text itself when it is not JSON).</summary>
    internal static IEnumerable<string> JsonStrings(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var found = new List<string>();
            Walk(document.RootElement, found);
            return found;
        }
        catch (JsonException)
        {
            return [json];
        }
    }

    private static void Walk(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                found.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, found);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, found);
                }

                break;
        }
    }

    private static string Key(char kind, string value)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{value}"), hash);
        return kind + Convert.ToHexStringLower(hash[..15]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Addresses();

    /// <summary>The keys of one record: <see cref="Keys"/> it names for certain, <see cref="KnownNames"/>
    /// (recipients' names, which the store learns) and <see cref="NameCandidates"/> (word runs of its
    /// text, kept only when the store knows one as a name).</summary>
    public sealed class Found
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public HashSet<string> KnownNames { get; } = new(StringComparer.Ordinal);

        public HashSet<string> NameCandidates { get; } = new(StringComparer.Ordinal);

        internal void AddAddress(string? address)
        {
            if (!string.IsNullOrWhiteSpace(address) && address.Contains('@', StringComparison.Ordinal))
            {
                Keys.Add(Address(address));
            }
        }

        internal void AddKnownName(string? name)
        {
            // As PersonalDataSubject.AddName: a name of a letter or two is matched by address alone.
            if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length >= 3)
            {
                var key = Name(name);
                Keys.Add(key);
                KnownNames.Add(key);
            }
        }

        internal void AddAddresses(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (Match match in Addresses().Matches(text))
            {
                Keys.Add(Address(match.Value.Trim('.', '\'')));
            }
        }

        internal void AddText(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            AddAddresses(text);
            foreach (var line in text.Split('\n').Append(text))
            {
                if (Normalize(line).Length >= MinimumTextLength)
                {
                    Keys.Add(Text(line));
                }
            }

            var words = WhiteSpace().Split(text).Select(w => w.Trim(LineEdges)).Where(w => w.Length > 0).ToArray();
            for (var start = 0; start < words.Length; start++)
            {
                var run = new StringBuilder();
                for (var length = 1; length <= MaxNameWords && start + length <= words.Length; length++)
                {
                    if (length > 1)
                    {
                        run.Append(' ');
                    }

                    run.Append(words[start + length - 1]);
                    if (run.Length >= 3)
                    {
                        NameCandidates.Add(Name(run.ToString()));
                    }
                }
            }
        }
    }
}
