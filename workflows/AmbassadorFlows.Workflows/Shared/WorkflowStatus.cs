using System.Text.Json.Serialization;
using AmbassadorFlows.Workflows.Cohorts;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>The custom status of every orchestration here: kept tiny because ops query it.
/// <see cref="WaitingOn"/> is a role and employee id ("manager:E014"), or null when nobody is awaited.</summary>
public sealed record WorkflowStatus(string Step, string? WaitingOn, DateTime Since)
{
    /// <summary>A version-4 cohort's owner and this term's meetings as they stand after HR's changes
    /// (what the cohort page offers to change); absent for journeys and older cohorts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CohortCalendarStatus? Cohort { get; init; }
}
