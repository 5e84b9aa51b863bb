using System.Text.Json.Serialization;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>A running cohort's HR owner and the meetings of its current term, as its orchestration
/// holds them after HR's changes (version 4). Read from the custom status, so the cohort page shows
/// a moved or cancelled meeting without reading the cohort's history.</summary>
public sealed record CohortCalendarStatus(string HrOwnerId, IReadOnlyList<MeetingSlot> Meetings);

/// <param name="Month">From 1, as the cohort's calendar numbers them.</param>
/// <param name="PlannedUtc">Where the plan put it.</param>
/// <param name="StartUtc">Where it is now; null when cancelled.</param>
/// <param name="Sequence">How many times HR changed it (0: as planned); the invites' SEQUENCE.</param>
public sealed record MeetingSlot(int Month, DateTime PlannedUtc, DateTime? StartUtc, int Sequence)
{
    [JsonIgnore]
    public bool Cancelled => StartUtc is null;
}
