using System.Globalization;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Benchmarks.Scale;

/// <summary>
/// A directory for a cohort of <c>n</c>: one director, one HR owner, a line manager for every ten
/// candidates, and <c>n</c> candidates (level <see cref="CandidateLevel"/>, so the posting's audience
/// is exactly them) spread over departments, regions, languages and hire years, so the selection's
/// diversity summary and the mails in four languages have real variety to work on.
/// </summary>
public static class GeneratedDirectory
{
    public const string HrOwner = "H0001";
    public const string CandidateLevel = "Staff";
    public const string Domain = "scale.example";
    private const int CandidatesPerManager = 10;
    private static readonly string[] Departments = ["Finance", "Sales", "Operations", "IT", "Legal", "Marketing", "Logistics", "Customer Service"];
    private static readonly string[] Regions = ["Brussels", "Antwerp", "Ghent", "Liège", "Copenhagen", "Aarhus"];
    private static readonly string[] Languages = ["en", "nl", "fr", "da"];
    private static readonly string[] FirstNames = ["Emma", "Lucas", "Sofie", "Noah", "Mette", "Louis", "Ida", "Arthur", "Chloé", "Lars", "Fien", "Jonas"];
    private static readonly string[] LastNames = ["Peeters", "Janssens", "Dubois", "Nielsen", "Maes", "Jensen", "Lambert", "Hansen", "Claes", "Martin"];

    public static string CandidateId(int index) => $"C{index:D5}";

    public static IReadOnlyList<Employee> Create(int candidates)
    {
        var employees = new List<Employee>(candidates + (candidates / CandidatesPerManager) + 3)
        {
            new("D0001", "Sofie Directeur", $"d0001@{Domain}", "Executive", "Managing Director", "Director", "Brussels", "nl", new DateOnly(2008, 1, 7), null),
            new(HrOwner, "Claire Personnel", $"h0001@{Domain}", "HR", "HR Business Partner", "Manager", "Brussels", "fr", new DateOnly(2014, 9, 1), "D0001"),
        };
        var managers = (candidates + CandidatesPerManager - 1) / CandidatesPerManager;
        for (var m = 1; m <= managers; m++)
        {
            var department = Departments[m % Departments.Length];
            employees.Add(new($"M{m:D4}", Name(m + 7), $"m{m:D4}@{Domain}", department, $"{department} Manager", "Manager", Regions[m % Regions.Length], Languages[m % Languages.Length], new DateOnly(2010 + (m % 8), 3, 1), "D0001"));
        }

        for (var i = 1; i <= candidates; i++)
        {
            var manager = ((i - 1) / CandidatesPerManager) + 1;
            var department = Departments[manager % Departments.Length];
            employees.Add(new(
                CandidateId(i),
                Name(i),
                $"{CandidateId(i).ToLowerInvariant()}@{Domain}",
                department,
                $"{department} Specialist",
                CandidateLevel,
                Regions[i % Regions.Length],
                Languages[i % Languages.Length],
                new DateOnly(2012 + (i % 13), 1 + (i % 12), 1 + (i % 28)),
                $"M{manager:D4}"));
        }

        return employees;
    }

    /// <summary>Writes the directory as local mode's JSON file (<c>{"employees": [...]}</c>, the sample's format).</summary>
    public static void Write(string path, IReadOnlyList<Employee> employees)
        => File.WriteAllText(path, WorkflowJson.Serialize(new { employees }));

    private static string Name(int i)
        => string.Create(CultureInfo.InvariantCulture, $"{FirstNames[i % FirstNames.Length]} {LastNames[(i / FirstNames.Length) % LastNames.Length]} {i}");
}
