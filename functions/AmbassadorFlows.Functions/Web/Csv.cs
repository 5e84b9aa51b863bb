namespace AmbassadorFlows.Functions.Web;

/// <summary>One cell of an RFC 4180 CSV, for every export (audit trail, programme health). Cells a
/// spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe: cells can hold
/// text people typed.</summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

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
