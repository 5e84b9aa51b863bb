namespace AmbassadorFlows.Workflows.Shared;

/// <summary>The options a person can pick on an approval page.</summary>
public static class Decisions
{
    public const string Apply = "apply";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string Submit = "submit";
    public const string Renew = "renew";
    public const string StepBack = "step-back";
    public const string StepDown = "step-down";
    public const string Done = "done";
}
