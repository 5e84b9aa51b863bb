using System.Text.Json.Serialization;

namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>
/// A versioned programme template: what the ambassadors do, how they are found, approved, trained and
/// met, and when they step back. Texts are per language (<see cref="Languages"/>); a running cohort
/// carries the version it started with in its history, so a new version never changes it.
/// </summary>
public sealed record ProgrammeDefinition
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    /// <summary>Languages every text of this programme is written in; the first is the fallback.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>A short tag for dashboards, e.g. "sustainable-mobility".</summary>
    public required string Theme { get; init; }

    public required LocalizedText Purpose { get; init; }

    public AmbassadorRole Role { get; init; } = AmbassadorRole.Internal;

    /// <summary>The concrete tasks an ambassador takes on (step 1 of the implementation).</summary>
    public required IReadOnlyList<LocalizedText> TaskPlan { get; init; }

    public required PostingText Posting { get; init; }

    public double TimeBudgetHoursPerMonth { get; init; } = 3;

    public required int TermMonths { get; init; }

    /// <summary>At most this many terms per ambassador, renewals included: the role is limited.</summary>
    public int MaxTerms { get; init; } = 2;

    public required MeetingCadence Meetings { get; init; }

    public required IReadOnlyList<TrainingModule> Training { get; init; }

    public TrainingPolicy TrainingPolicy { get; init; } = new();

    public required ApprovalPolicy ManagerApproval { get; init; }

    public ResponsePolicy Selection { get; init; } = new() { ReminderAfterDays = 3, TimeoutAfterDays = 14 };

    public ResponsePolicy Agreement { get; init; } = new() { ReminderAfterDays = 5, TimeoutAfterDays = 14 };

    public ResponsePolicy Renewal { get; init; } = new() { ReminderAfterDays = 5, TimeoutAfterDays = 21 };

    public FeedbackCadence Feedback { get; init; } = new();

    public int RetentionDaysAfterWithdrawal { get; init; } = 365;

    /// <summary>When an ambassador is flagged as at risk (optional section <c>atRisk</c>; defaults when absent).</summary>
    public Figures.AtRiskSettings AtRisk { get; init; } = Figures.AtRiskSettings.Default;

    /// <summary>The agreement an ambassador accepts names this, so we know which text they saw.</summary>
    public string AgreementVersion => $"{Id}@v{Version}";

    public override string ToString() => AgreementVersion;
}

// By name in every payload, whatever the serializer: histories, outputs and the management API read as words.
/// <summary>Some people (e.g. in sensitive jobs) can only be internal ambassadors.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AmbassadorRole>))]
public enum AmbassadorRole
{
    Internal,
    External,
    InternalAndExternal,
}

/// <summary>The internal posting: what the role is responsible for and what is expected.</summary>
public sealed record PostingText
{
    public required LocalizedText Summary { get; init; }

    public required IReadOnlyList<LocalizedText> Responsibilities { get; init; }

    public required IReadOnlyList<LocalizedText> Expectations { get; init; }

    /// <summary>Applications are open this many days after the posting.</summary>
    public int ApplicationWindowDays { get; init; } = 14;
}

/// <summary>One cohort meeting a month, on the <see cref="WeekOfMonth"/>-th <see cref="DayOfWeek"/>
/// (5 = last) at <see cref="StartTime"/> (HH:mm) in <see cref="TimeZone"/>.</summary>
public sealed record MeetingCadence
{
    public DayOfWeek DayOfWeek { get; init; } = DayOfWeek.Thursday;

    public int WeekOfMonth { get; init; } = 1;

    public string StartTime { get; init; } = "12:00";

    public string TimeZone { get; init; } = "Europe/Brussels";

    public int DurationMinutes { get; init; } = 60;

    /// <summary>Invites (with the agenda) go out this many days before each meeting.</summary>
    public int InviteDaysBefore { get; init; } = 7;

    /// <summary>HR's monthly summary goes out this many days after each meeting (orchestration
    /// version 2 on; version 1 sent it with the next month's invites).</summary>
    public int SummaryDaysAfter { get; init; } = 7;

    public string? Location { get; init; }

    /// <summary>With Microsoft Graph configured, the series is created as a Teams meeting, so every
    /// invite carries its join link; the location (a room, or none) is kept beside it.</summary>
    public bool OnlineMeeting { get; init; }

    public const int DefaultGroupSize = 12;

    public const int MinGroupSize = 4;

    public const int MaxGroupSize = 30;

    /// <summary>The values of <see cref="GroupBy"/>; "none" mixes everyone, in id order.</summary>
    public static IReadOnlyList<string> Groupings { get; } = ["region", "language", "department", "none"];

    /// <summary>Ambassadors meet in groups of at most this many (optional, <c>groupSize</c>): every group
    /// at the same time and place, each with its own invite and calendar entry naming only its members,
    /// so no invite grows with the cohort.</summary>
    public int GroupSize { get; init; } = DefaultGroupSize;

    /// <summary>Who meets together (optional, <c>groupBy</c>): one of <see cref="Groupings"/>.
    /// Absent: by region when the directory gives the participants a region, else none.</summary>
    public string? GroupBy { get; init; }
}

public sealed record TrainingModule
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required Uri Link { get; init; }

    public required int DueWithinDays { get; init; }
}

public sealed record TrainingPolicy
{
    /// <summary>A reminder this many days before the last module is due.</summary>
    public int ReminderDaysBeforeDue { get; init; } = 5;
}

/// <summary>Who approves participation, and how long we wait before reminding, escalating to HR and giving up.</summary>
public sealed record ApprovalPolicy
{
    public string ApproverRole { get; init; } = "line-manager";

    public required int ReminderAfterDays { get; init; }

    public required int EscalateToHrAfterDays { get; init; }

    public required int TimeoutAfterDays { get; init; }
}

/// <summary>How long we wait for one person's answer: a reminder, then the timeout.</summary>
public sealed record ResponsePolicy
{
    public required int ReminderAfterDays { get; init; }

    public required int TimeoutAfterDays { get; init; }
}

public sealed record FeedbackCadence
{
    /// <summary>Only "monthly" today: feedback is asked after each cohort meeting.</summary>
    public string Cadence { get; init; } = "monthly";

    /// <summary>How long the offboarding feedback form stays open after withdrawal.</summary>
    public int OffboardingWindowDays { get; init; } = 14;
}
