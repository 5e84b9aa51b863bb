namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>
/// How varied a group of ambassadors is across departments, levels, regions and seniority. A mix
/// matters (colleagues from every layer reach every layer), so a group drawn from one department,
/// one region or one level is flagged for HR before they approve it.
/// </summary>
public sealed record DiversitySummary(
    int Count,
    IReadOnlyDictionary<string, int> Departments,
    IReadOnlyDictionary<string, int> Levels,
    IReadOnlyDictionary<string, int> Regions,
    IReadOnlyDictionary<string, int> Seniority,
    IReadOnlyList<string> Flags)
{
    public const string OneDepartmentFlag = "one-department";
    public const string OneRegionFlag = "one-region";
    public const string OneLevelFlag = "one-level";
    public const string Unknown = "unknown";

    public static DiversitySummary Of(IReadOnlyCollection<CandidateProfile> people, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(people);
        var departments = CountBy(people, p => p.Department);
        var levels = CountBy(people, p => p.Level);
        var regions = CountBy(people, p => p.Region);
        var seniority = CountBy(people, p => SeniorityBand(p.HireDate, asOf));
        var flags = new List<string>();

        // One person is not a group; flags start at two.
        if (people.Count >= 2)
        {
            if (departments.Count == 1)
            {
                flags.Add(OneDepartmentFlag);
            }

            if (regions.Count == 1)
            {
                flags.Add(OneRegionFlag);
            }

            if (levels.Count == 1)
            {
                flags.Add(OneLevelFlag);
            }
        }

        return new DiversitySummary(people.Count, departments, levels, regions, seniority, flags);
    }

    public static string SeniorityBand(DateOnly? hireDate, DateOnly asOf)
    {
        if (hireDate is not { } hired)
        {
            return Unknown;
        }

        var years = (asOf.DayNumber - hired.DayNumber) / 365.25;
        return years switch
        {
            < 1 => "<1y",
            < 3 => "1-3y",
            < 10 => "3-10y",
            _ => "10y+",
        };
    }

    /// <summary>One line per dimension, e.g. "Departments: Finance 2, IT 1".</summary>
    public string Describe()
        => string.Join("\n", new[]
        {
            "- Departments: " + Join(Departments),
            "- Levels: " + Join(Levels),
            "- Regions: " + Join(Regions),
            "- Seniority: " + Join(Seniority),
        });

    private static string Join(IReadOnlyDictionary<string, int> counts)
        => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));

    private static SortedDictionary<string, int> CountBy(IEnumerable<CandidateProfile> people, Func<CandidateProfile, string?> key)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var value = string.IsNullOrWhiteSpace(key(person)) ? Unknown : key(person)!;
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts;
    }
}
