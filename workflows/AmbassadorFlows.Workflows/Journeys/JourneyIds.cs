namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>Deterministic instance and approval ids: restarting a cohort step never creates a
/// second journey for the same person, and links stay stable across activity retries.</summary>
public static class JourneyIds
{
    public static string For(string cohortId, string employeeId) => $"{cohortId}:journey:{employeeId}";

    public static string Approval(string journeyInstanceId, string kind, int term = 1)
        => term == 1 ? $"{journeyInstanceId}:{kind}" : $"{journeyInstanceId}:{kind}:t{term}";

    /// <summary>The "Done" link of one training module.</summary>
    public static string TrainingModule(string journeyInstanceId, string moduleId) => Approval(journeyInstanceId, $"training:{moduleId}");

    public static string CheckIn(string journeyInstanceId, int month) => $"{journeyInstanceId}:check-in:{month}";
}
