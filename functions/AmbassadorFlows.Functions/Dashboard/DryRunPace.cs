namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>When a simulated person answers a request in the dry run.</summary>
public enum DryRunPace
{
    /// <summary>A day after being asked (before any reminder).</summary>
    Day,

    /// <summary>A day after the request's reminder went out, so the reminder shows in the preview.</summary>
    Late,

    /// <summary>Not at all, so the reminder, the escalation and the time-out show.</summary>
    Never,
}
