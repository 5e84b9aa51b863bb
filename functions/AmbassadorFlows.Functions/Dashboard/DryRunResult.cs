using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>Every email the cohort would send, with the (simulated) time it would go out.</summary>
public sealed record DryRunResult(
    string CohortId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    string FinalStatus,
    string? FinalStep,
    IReadOnlyList<DryRunEmail> Emails,
    IReadOnlyList<string> Answers,
    string? Error,
    TimeSpan WallTime);

public sealed record DryRunEmail(DateTimeOffset At, EmailMessage Message);
