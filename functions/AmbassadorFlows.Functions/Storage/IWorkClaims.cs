namespace AmbassadorFlows.Functions.Storage;

/// <summary>
/// Short claims on a piece of work, shared by every app instance through the app's store, so a
/// sweep or a start that several instances may attempt at once is done by one of them. A claim is a
/// conditional write (SQLite: an upsert that changes nothing while another holder's claim lasts;
/// Tables: an insert, or a replace conditioned on the ETag read): of concurrent claimants exactly one
/// wins. A claim lapses after its duration, so the work of an instance that died comes back.
/// </summary>
public interface IWorkClaims
{
    /// <summary>Claims <paramref name="key"/> for <paramref name="holder"/> for <paramref name="duration"/>
    /// from now: true when the key was free, its claim had lapsed, or <paramref name="holder"/> already
    /// held it (the claim is then extended); false while another holder's claim lasts.</summary>
    Task<bool> TryClaimAsync(string key, string holder, TimeSpan duration, CancellationToken cancellationToken = default);
}
