namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// How HR's candidate table is sorted and filtered, from the page's query string (a GET form, so it
/// changes nothing and works without script). Done on the server: a table of 2,000 rows stays usable.
/// </summary>
public sealed record CandidateQuery(string Sort, string? Department, string? Level, string? Region, string? Source)
{
    public static readonly string[] Sorts = ["name", "department", "level", "region", "seniority", "source"];

    public static CandidateQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = query["sort"].ToString();
        return new CandidateQuery(
            Array.IndexOf(Sorts, sort) >= 0 ? sort : "name",
            Value(query, "department"),
            Value(query, "level"),
            Value(query, "region"),
            Value(query, "source") is "applied" or "nominated" ? query["source"].ToString() : null);
    }

    public bool Filters(CandidateRow row)
        => Matches(Department, row.Department) && Matches(Level, row.Level) && Matches(Region, row.Region)
           && (Source is null || (Source == "nominated") == row.Nominated);

    public IEnumerable<CandidateRow> Apply(IEnumerable<CandidateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = rows.Where(Filters);
        var ordered = Sort switch
        {
            "department" => shown.OrderBy(r => r.Department, StringComparer.CurrentCulture),
            "level" => shown.OrderBy(r => r.Level, StringComparer.CurrentCulture),
            "region" => shown.OrderBy(r => r.Region, StringComparer.CurrentCulture),
            "seniority" => shown.OrderBy(r => Band(r.SeniorityBand)),
            "source" => shown.OrderBy(r => r.Nominated),
            _ => shown.OrderBy(r => r.Name is null).ThenBy(r => r.Name, StringComparer.CurrentCulture),
        };
        return ordered.ThenBy(r => r.Name, StringComparer.CurrentCulture);
    }

    /// <summary>The diversity summary's seniority bands, newest first.</summary>
    private static readonly string[] BandOrder = ["<1y", "1-3y", "3-10y", "10y+", "unknown"];

    /// <summary>Where a seniority band sorts, newest first.</summary>
    public static int Band(string band) => Array.IndexOf(BandOrder, band);

    private static bool Matches(string? wanted, string? value) => wanted is null || string.Equals(wanted, value, StringComparison.Ordinal);

    private static string? Value(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 and <= 200 } value ? value : null;
}
