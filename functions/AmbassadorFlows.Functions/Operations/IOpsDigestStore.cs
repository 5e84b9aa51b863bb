namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// What the daily ops digest reads from the app's own stores and where it records the days it has sent:
/// the SQLite file locally (<see cref="SqliteOpsDigestStore"/>), Azure Tables in Azure
/// (<see cref="TableOpsDigestStore"/>). Lookups are bounded by the window or an index, never by the
/// store's size; failed orchestrations come from the Durable client instead.
/// </summary>
public interface IOpsDigestStore
{
    /// <summary>Open requests whose deadline is before <paramref name="now"/>, earliest deadline first,
    /// at most <paramref name="limit"/>, and how many there are in all.</summary>
    Task<(IReadOnlyList<OverdueRequest> Items, int Total)> ListOverdueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Emails recorded in [<paramref name="from"/>, <paramref name="to"/>) whose delivery failed
    /// and has not succeeded since, oldest first, at most <paramref name="limit"/>, and the total.</summary>
    Task<(IReadOnlyList<MailFailure> Items, int Total)> ListMailFailuresAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records that the digest of <paramref name="day"/> is being sent, if nobody did before
    /// (a conditional insert): true for exactly one caller per day, across runs and instances.</summary>
    Task<bool> TryClaimDayAsync(DateOnly day, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Gives the day back after its digest could not be sent, so the next run tries again.</summary>
    Task ReleaseDayAsync(DateOnly day, CancellationToken cancellationToken = default);
}
