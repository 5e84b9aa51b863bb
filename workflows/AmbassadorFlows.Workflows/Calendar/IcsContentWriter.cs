using System.Globalization;
using System.Text;

namespace AmbassadorFlows.Workflows.Calendar;

/// <summary>Writes RFC 5545 content lines: TEXT escaping, quoted parameters, UTC date-times,
/// CRLF endings and folding at 75 octets (never inside a UTF-8 sequence).</summary>
internal sealed class IcsContentWriter
{
    private const int MaxLineOctets = 75;
    private readonly StringBuilder _text = new();

    public void Line(string nameAndParameters, string value)
    {
        var line = nameAndParameters + ":" + value;
        Fold(line);
    }

    public void Text(string name, string value) => Line(name, EscapeText(value));

    public void DateTime(string name, DateTimeOffset value) => Line(name, FormatUtc(value));

    public override string ToString() => _text.ToString();

    /// <summary>TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.</summary>
    public static string EscapeText(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append(@"\n");
                    break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    // Other control characters are not allowed in TEXT; drop them.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A parameter value, always quoted: DQUOTE cannot be escaped, so it becomes a single quote.</summary>
    public static string QuoteParameter(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                sb.Append('\'');
            }
            else if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    public static string FormatUtc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private void Fold(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var start = 0;
        var budget = MaxLineOctets;
        while (bytes.Length - start > budget)
        {
            var end = start + budget;
            // Back up to a character boundary: UTF-8 continuation bytes are 10xxxxxx.
            while ((bytes[end] & 0xC0) == 0x80)
            {
                end--;
            }

            _text.Append(Encoding.UTF8.GetString(bytes, start, end - start)).Append("\r\n ");
            start = end;
            budget = MaxLineOctets - 1; // the leading space of a continuation line counts
        }

        _text.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n");
    }
}
