namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>The events a journey waits for. Answers to approval emails carry a
/// <see cref="Shared.HumanResponse"/>; the others their own record below.</summary>
public static class JourneyEvents
{
    /// <summary><see cref="Shared.HumanResponse"/> from the manager (or HR after escalation).</summary>
    public const string ManagerDecision = "ManagerDecision";

    /// <summary><see cref="Shared.HumanResponse"/>: accept or decline the expectation agreement.</summary>
    public const string AgreementResponse = "AgreementResponse";

    /// <summary><see cref="TrainingModuleCompleted"/>, from the learning platform or ops.</summary>
    public const string TrainingModuleCompleted = "TrainingModuleCompleted";

    /// <summary><see cref="Shared.HumanResponse"/>: the ambassador pressed "Done" on a module's link
    /// (<see cref="JourneyIds.TrainingModule"/> names the module). Counts like <see cref="TrainingModuleCompleted"/>.</summary>
    public const string TrainingModuleDone = "TrainingModuleDone";

    /// <summary><see cref="Shared.HumanResponse"/> with <see cref="CheckInForm"/> as data.</summary>
    public const string MonthlyCheckIn = "MonthlyCheckIn";

    /// <summary><see cref="TermEnded"/>, sent by the cohort after the term's last meeting.</summary>
    public const string TermEnded = "TermEnded";

    /// <summary><see cref="Shared.HumanResponse"/>: renew or step back.</summary>
    public const string RenewalWish = "RenewalWish";

    /// <summary><see cref="Shared.HumanResponse"/> from the manager and from HR (two answers).</summary>
    public const string RenewalDecision = "RenewalDecision";

    /// <summary><see cref="Shared.HumanResponse"/> with free-text feedback after withdrawal.</summary>
    public const string OffboardingFeedback = "OffboardingFeedback";

    /// <summary><see cref="Shared.HumanResponse"/>: the ambassador steps down (voluntary role, any time).</summary>
    public const string SteppedDown = "SteppedDown";

    /// <summary><see cref="LeftCompany"/>, raised by HR or the directory sync; ends the journey at any step.</summary>
    public const string LeftCompany = "LeftCompany";

    /// <summary><see cref="Cohorts.HrOwnerChange"/>, passed on by the cohort when HR gives it a new
    /// owner (version 4): the journey's later requests and notices for HR go to them.</summary>
    public const string HrOwnerChanged = "HrOwnerChanged";
}

public sealed record TrainingModuleCompleted(string ModuleId, DateTimeOffset CompletedAt);

public sealed record TermEnded(int Term, DateTime EndedAt);

public sealed record LeftCompany(string? Reason = null, DateOnly? LastWorkingDay = null);

/// <summary>The monthly feedback form: successes, challenges, asks, attendance and time spent.</summary>
public sealed record CheckInForm(bool AttendedMeeting, double HoursSpent, string? Successes = null, string? Challenges = null, string? Asks = null)
{
    /// <summary>"I could not make time this month" (optional: forms sent before it existed lack it).</summary>
    public bool NoTime { get; init; }
}
