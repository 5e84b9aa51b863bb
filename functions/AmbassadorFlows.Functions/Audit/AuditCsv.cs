using System.Globalization;
using System.Text;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>The audit trail as CSV (RFC 4180) for HR's records. Cells a spreadsheet would run as a
/// formula (=, +, -, @, tab, CR) get a leading apostrophe: details can hold text people typed.</summary>
public static class AuditCsv
{
    public const string Header = "at,instance_id,actor,action,details";

    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in entries)
        {
            csv.Append(Cell(e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))).Append(',')
                .Append(Cell(e.InstanceId)).Append(',')
                .Append(Cell(e.Actor)).Append(',')
                .Append(Cell(e.Action)).Append(',')
                .Append(Cell(e.Details)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
