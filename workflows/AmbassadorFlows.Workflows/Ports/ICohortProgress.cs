using System.Text.Json.Serialization;

namespace AmbassadorFlows.Workflows.Ports;

/// <summary>The read model of a cohort: where each ambassador stands, their monthly check-ins and
/// training. Journeys write it through activities; the cohort's meeting and summary activities read
/// it, so no orchestration has to query another's state. Every write is idempotent (upsert by key).</summary>
public interface ICohortProgress
{
    /// <summary>Moves an ambassador to a step (creates the record on first call).</summary>
    Task RecordStepAsync(AmbassadorStepChange change, CancellationToken cancellationToken = default);

    /// <summary>Upsert by (cohort, employee, month).</summary>
    Task RecordCheckInAsync(string cohortId, string employeeId, CheckInRecord checkIn, CancellationToken cancellationToken = default);

    /// <summary>Replaces the training state of one ambassador.</summary>
    Task RecordTrainingAsync(string cohortId, string employeeId, TrainingRecord training, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AmbassadorProgress>> GetCohortAsync(string cohortId, CancellationToken cancellationToken = default);

    /// <summary>Personal data of this ambassador may be erased after <paramref name="eraseAfter"/>.</summary>
    Task ScheduleErasureAsync(string cohortId, string employeeId, DateTimeOffset eraseAfter, CancellationToken cancellationToken = default);
}

// By name in every payload, whatever the serializer: histories, outputs and the management API read as words.
/// <summary>Where a journey stands. Meetings are for ambassadors in Training or Active.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AmbassadorStep>))]
public enum AmbassadorStep
{
    ManagerApproval,
    Agreement,
    Training,
    Active,
    Renewal,
    Offboarding,
    Ended,
}

public sealed record AmbassadorStepChange(
    string CohortId,
    string EmployeeId,
    string JourneyInstanceId,
    AmbassadorStep Step,
    DateTimeOffset At,
    int Term = 1,
    string? Outcome = null,
    string? AgreementVersion = null);

/// <summary>An ambassador's answer to the monthly feedback request.</summary>
public sealed record CheckInRecord(
    int Month,
    bool AttendedMeeting,
    double HoursSpent,
    string? Successes,
    string? Challenges,
    string? Asks,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The form's hours could not be read; <see cref="HoursSpent"/> is then 0 and says
    /// nothing about the time budget.</summary>
    public bool HoursInvalid { get; init; }

    /// <summary>The ambassador answered "I could not make time this month" (an at-risk signal).</summary>
    public bool NoTime { get; init; }
}

public sealed record TrainingRecord(
    IReadOnlyList<string> AssignedModuleIds,
    IReadOnlyList<string> CompletedModuleIds,
    DateTimeOffset DueBy,
    bool Overdue);

public sealed record AmbassadorProgress(
    string CohortId,
    string EmployeeId,
    string JourneyInstanceId,
    AmbassadorStep Step,
    DateTimeOffset Since,
    int Term,
    string? Outcome,
    string? AgreementVersion,
    TrainingRecord? Training,
    IReadOnlyList<CheckInRecord> CheckIns,
    DateTimeOffset? EraseAfter)
{
    public bool TakesPartInMeetings => Step is AmbassadorStep.Training or AmbassadorStep.Active;

    public bool IsOpen => Step is not AmbassadorStep.Ended;
}
