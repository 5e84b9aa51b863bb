namespace AmbassadorFlows.Functions.Api;

/// <summary>The body of <c>POST /api/cohorts/{id}/meetings/{month}</c>: either a new start or a cancellation.</summary>
/// <param name="Start">The new start, ISO 8601 with its offset (e.g. 2027-02-11T14:00:00+01:00): later than now,
/// within 13 days of where the plan put the meeting.</param>
/// <param name="Cancel">true to cancel the meeting (then no start).</param>
public sealed record MeetingChangeRequest(DateTimeOffset? Start, bool? Cancel);

/// <summary>The body of <c>POST /api/cohorts/{id}/hr-owner</c>.</summary>
/// <param name="EmployeeId">The new HR owner's employee id.</param>
public sealed record HrOwnerChangeRequest(string EmployeeId);

/// <summary>The 202 answer to a change: the cohort takes it in its next turn; follow it at <see cref="StatusQueryGetUri"/>.</summary>
public sealed record CohortChangeAccepted(string Id, Uri StatusQueryGetUri);
