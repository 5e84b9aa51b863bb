namespace AmbassadorFlows.Workflows.Shared;

/// <summary>The custom status of every orchestration here: kept tiny because ops query it.
/// <see cref="WaitingOn"/> is a role and employee id ("manager:E014"), or null when nobody is awaited.</summary>
public sealed record WorkflowStatus(string Step, string? WaitingOn, DateTime Since);
