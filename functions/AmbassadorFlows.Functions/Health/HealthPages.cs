namespace AmbassadorFlows.Functions.Health;

/// <summary>The addresses of the health pages (drawn by Components/Health/HealthPage.razor); the CSV is the same with <c>.csv</c>.</summary>
public static class HealthPages
{
    public static string CohortPath(string cohortId) => $"/health/cohorts/{Uri.EscapeDataString(cohortId)}";

    public static string ProgrammePath(string programmeId) => $"/health/programmes/{Uri.EscapeDataString(programmeId)}";
}
