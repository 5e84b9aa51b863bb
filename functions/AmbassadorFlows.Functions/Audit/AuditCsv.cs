using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>The audit trail as CSV (RFC 4180) for HR's records; cells are escaped and defused by <see cref="Csv.Cell"/>.
/// It is for machines: times stay ISO UTC and actions stay the ids the trail stores (<see cref="AuditActions"/>,
/// "decided application: apply"), which the pages say in the reader's language and zone.</summary>
public static class AuditCsv
{
    public const string Header = "at,instance_id,actor,action,details";

    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in entries)
        {
            csv.Append(Row(e));
        }

        return csv.ToString();
    }

    /// <summary>One entry as a CSV line, with its line break.</summary>
    public static string Row(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return string.Concat(
            Csv.Cell(e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)), ",",
            Csv.Cell(e.InstanceId), ",",
            Csv.Cell(e.Actor), ",",
            Csv.Cell(e.Action), ",",
            Csv.Cell(e.Details), "\r\n");
    }
}
