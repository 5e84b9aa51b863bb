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
    IReadOnlyList<DryRunAnswer> Answers,
    string? Error,
    TimeSpan WallTime);

public sealed record DryRunEmail(DateTimeOffset At, EmailMessage Message);

/// <summary>What a simulated person did: answered <see cref="Request"/> (its kind) with <see cref="Decision"/>,
/// or, with no request, finished their training. Kept as data (kind and answer as ids) so the page
/// words it in its own language; <see cref="Person"/> is the display name (the employee id while playing).</summary>
public sealed record DryRunAnswer(DateTimeOffset At, string Person, string? Request, string? Decision);
