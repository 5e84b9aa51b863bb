namespace AmbassadorFlows.Functions.Approvals;

/// <summary>When a recorded decision whose event did not reach its orchestration is raised again
/// (by the sweep, or by a repeated POST of the same link).</summary>
public sealed class DecisionRedeliveryOptions
{
    /// <summary>How often the sweep looks for owed decisions (real time).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A decision younger than this may still be on its first delivery (the answering
    /// request retries for about a second and a half); redelivering it then would raise the event twice.</summary>
    public TimeSpan MinimumAge { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Decisions handled per sweep; the rest wait for the next one.</summary>
    public int BatchSize { get; init; } = 50;
}
