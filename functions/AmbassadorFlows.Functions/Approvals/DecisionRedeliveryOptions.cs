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

    /// <summary>How long an instance's claim on an owed decision keeps the other instances' sweeps off it.
    /// Longer than a dead instance's work takes to come back (about a minute on Azure Storage), so an
    /// event the claimant raised before dying is in the history by the time another instance looks.</summary>
    public TimeSpan ClaimDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Who claims: this process (tests name two sweeps in one process apart).</summary>
    public string Claimant { get; init; } = Storage.WorkClaimant.ThisProcess;
}
