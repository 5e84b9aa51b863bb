namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>Played dry runs, kept in the app's store for <see cref="DryRunRecord.KeptFor"/> so any
/// instance serves a result and its preview pages. Saving also removes what has expired.</summary>
public interface IDryRunStore
{
    Task SaveAsync(DryRunRecord record, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The record under <paramref name="id"/>; <see cref="DryRunLookup.Expired"/> once it is past
    /// its day (until it is removed), <see cref="DryRunLookup.Unknown"/> when nothing is kept under it.</summary>
    Task<DryRunLookup> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default);
}

/// <summary>A kept record, or why there is none.</summary>
public sealed record DryRunLookup(DryRunRecord? Record, bool Expired)
{
    public static DryRunLookup Unknown { get; } = new(null, Expired: false);

    public static DryRunLookup Gone { get; } = new(null, Expired: true);
}
