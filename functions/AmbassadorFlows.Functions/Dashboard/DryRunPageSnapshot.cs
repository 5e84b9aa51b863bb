using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>What one request's page shows, captured from the dry run before its runtime goes away:
/// the request (as it stood at the end), the page's language, the person it is about, the term's
/// dates and, for HR's selection, the candidates; and what became of it in the run.</summary>
public sealed record DryRunPageSnapshot(
    PendingApproval Approval,
    string Language,
    Employee? Subject,
    DateTimeOffset? TermStart,
    DateTimeOffset? TermEnd,
    SelectionView? Selection,
    DryRunOutcome Outcome);

/// <summary>What became of a request in the dry run: answered (<see cref="Decision"/> by
/// <see cref="Who"/>), timed out, closed when the other copy was answered (by <see cref="Who"/>),
/// closed otherwise (training marked done elsewhere, renewal not granted), or still open when the run stopped.</summary>
public sealed record DryRunOutcome(DryRunOutcomeKind Kind, string? Decision, string? Who, DateTimeOffset? At);

public enum DryRunOutcomeKind
{
    Open,
    Answered,
    TimedOut,
    AnsweredElsewhere,
    Closed,
}
