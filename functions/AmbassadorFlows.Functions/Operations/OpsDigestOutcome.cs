namespace AmbassadorFlows.Functions.Operations;

/// <summary>What one run of the digest did.</summary>
public enum OpsDigestOutcome
{
    /// <summary>No ops address configured: nothing is sent.</summary>
    NotConfigured,

    /// <summary>Before the digest hour: yesterday's digest is not due yet.</summary>
    NotDue,

    /// <summary>Another run (or instance) already sent, or is sending, this day's digest.</summary>
    AlreadySent,

    Sent,
}
