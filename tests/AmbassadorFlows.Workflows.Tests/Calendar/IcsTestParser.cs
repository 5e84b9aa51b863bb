using System.Text;

namespace AmbassadorFlows.Workflows.Tests.Calendar;

/// <summary>A deliberately independent, minimal RFC 5545 reader for checking what the writer made:
/// unfolds lines, splits name/parameters/value (respecting quotes) and unescapes TEXT.</summary>
internal static class IcsTestParser
{
    public static IReadOnlyList<IcsProperty> Parse(string ics)
    {
        var physical = ics.Split("\r\n");
        Assert.Equal(string.Empty, physical[^1]); // the text ends with CRLF
        var logical = new List<string>();
        foreach (var line in physical[..^1])
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        return logical.Select(ParseLine).ToList();
    }

    public static string Unescape(string value)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                sb.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }

    private static IcsProperty ParseLine(string line)
    {
        var inQuotes = false;
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
                current.Append(c);
            }
            else if (!inQuotes && c == ':')
            {
                parts.Add(current.ToString());
                var parameters = parts.Skip(1)
                    .Select(p => p.Split('=', 2))
                    .ToDictionary(kv => kv[0], kv => kv[1].Trim('"'), StringComparer.OrdinalIgnoreCase);
                return new IcsProperty(parts[0], parameters, line[(i + 1)..]);
            }
            else if (!inQuotes && c == ';')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        throw new FormatException("No ':' in content line: " + line);
    }
}

internal sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);
