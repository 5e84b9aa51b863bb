namespace AmbassadorFlows.Functions.Operations;

/// <summary>What one day's digest reports: the orchestrations that failed that day, the requests still
/// open past their deadline when it is sent, and the emails whose delivery failed that day. Each list
/// holds at most the configured number of items; the totals count them all.</summary>
public sealed record OpsDigestReport(
    DateOnly Day,
    IReadOnlyList<FailedOrchestration> FailedOrchestrations,
    int FailedOrchestrationsTotal,
    IReadOnlyList<OverdueRequest> OverdueRequests,
    int OverdueRequestsTotal,
    IReadOnlyList<MailFailure> MailFailures,
    int MailFailuresTotal)
{
    public bool AllClear => FailedOrchestrationsTotal == 0 && OverdueRequestsTotal == 0 && MailFailuresTotal == 0;
}

/// <summary>An orchestration that ended Failed, with the reason its failure details give.</summary>
public sealed record FailedOrchestration(string InstanceId, string Name, DateTimeOffset FailedAt, string Reason);

/// <summary>A request (approval) nobody answered or closed although its deadline has passed.</summary>
public sealed record OverdueRequest(string ApprovalId, string InstanceId, string Kind, DateTimeOffset Deadline);

/// <summary>An email the app recorded but whose delivery (SMTP, ACS) failed and has not succeeded since.</summary>
public sealed record MailFailure(long MessageId, DateTimeOffset At, string Subject, string Error);
