using System.Text.Json.Serialization;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Api;

/// <summary>One line of <c>GET /api/cohorts</c>.</summary>
public sealed record CohortSummary(
    string Id,
    string? Programme,
    string RuntimeStatus,
    string? Step,
    string? WaitingOn,
    DateTimeOffset? Since,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    IReadOnlyDictionary<string, int> AmbassadorsByStep,
    int PendingApprovals)
{
    /// <summary>Display names by employee id of the people <see cref="WaitingOn"/> names, for HR's
    /// pages; the API keeps the ids.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The programme's name in its languages, for HR's pages (the API keeps <see cref="Programme"/>, its id).</summary>
    [JsonIgnore]
    public LocalizedText? ProgrammeName { get; init; }
}

/// <summary><c>GET /api/cohorts/{id}</c>: the cohort, a page of its journeys (in employee-id order), who is awaited, and who is at risk.</summary>
public sealed record CohortDetail(
    string Id,
    string? Programme,
    int? ProgrammeVersion,
    string? HrOwner,
    string RuntimeStatus,
    string? Step,
    string? WaitingOn,
    DateTimeOffset? Since,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    string? Failure,
    IReadOnlyList<JourneyView> Journeys,
    IReadOnlyList<WaitingView> CohortWaits,
    int OpenApplications,
    IReadOnlyList<AtRiskView> AtRisk)
{
    /// <summary>Display names by employee id of the HR owner and everyone the cohort and its journeys
    /// wait on, for HR's pages; the API keeps the ids.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The programme's name in its languages, for HR's pages (the API keeps <see cref="Programme"/>, its id).</summary>
    [JsonIgnore]
    public LocalizedText? ProgrammeName { get; init; }

    /// <summary>The programme's time zone (IANA id, its meetings' zone), in which HR's cohort page says
    /// times; null when the programme cannot be found.</summary>
    [JsonIgnore]
    public string? TimeZone { get; init; }

    /// <summary>How many ambassadors the cohort has; <see cref="Journeys"/> holds a page of them.</summary>
    public int Ambassadors { get; init; }

    /// <summary>The employee id this page of <see cref="Journeys"/> starts after (null: the first page).</summary>
    public string? After { get; init; }

    /// <summary>Reads on from this page (<c>?after=</c>); null on the last page.</summary>
    public string? Next { get; init; }
}

public sealed record JourneyView(
    string EmployeeId,
    string? Name,
    string? Department,
    string InstanceId,
    string Step,
    DateTimeOffset Since,
    int Term,
    string? Outcome,
    string? RuntimeStatus,
    string? Failure,
    IReadOnlyList<WaitingView> WaitingOn,
    TrainingView? Training,
    AttendanceView Attendance,
    IReadOnlyList<FeedbackView> Feedback);

/// <summary>An unanswered request: whom we wait on, since when, until when.</summary>
public sealed record WaitingView(string ApprovalId, string Kind, string AssigneeId, string AssigneeEmail, DateTimeOffset Since, DateTimeOffset ExpiresAt, double AgeDays);

public sealed record TrainingView(int Assigned, int Completed, DateTimeOffset DueBy, bool Overdue);

public sealed record AttendanceView(int MeetingsReported, int Attended);

public sealed record FeedbackView(int Month, bool Attended, double HoursSpent, string? Successes, string? Challenges, string? Asks, DateTimeOffset SubmittedAt);

/// <summary>An ambassador who may need a conversation, with each reason as a typed kind (and its
/// numbers); pages say them in the reader's language with <see cref="AtRiskText"/>.</summary>
public sealed record AtRiskView(string EmployeeId, string? Name, IReadOnlyList<AtRiskReason> Reasons);

/// <summary>A page of the cohort list, newest first; <see cref="Next"/> reads on from it (null on the last page).</summary>
public sealed record CohortSummaryPage(IReadOnlyList<CohortSummary> Cohorts, string? Next);
