using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary><see cref="IWorkClaims"/> on Azure Tables: a free key is an insert (409 when another
/// claimant got there first); a lapsed or own claim is a replace conditioned on the ETag read (412
/// when another claimant replaced it in between). Either way exactly one concurrent claimant wins.</summary>
public sealed class TableWorkClaims : IWorkClaims
{
    private readonly TableClient _claims;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _created;

    /// <param name="time">Real time in the app (claims outlive processes, not the app's calendar); a fake one in tests.</param>
    public TableWorkClaims(TableServiceClient service, TimeProvider time, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _claims = service.GetTableClient(tablePrefix + "Claims");
        _time = time;
        _created = new Lazy<Task>(() => _claims.CreateIfNotExistsAsync(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<bool> TryClaimAsync(string key, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        await _created.Value.ConfigureAwait(false);
        var partition = TableKeys.Encode(key);
        var now = _time.GetUtcNow();
        var claim = new ClaimEntity { PartitionKey = partition, RowKey = string.Empty, Holder = holder, ExpiresAt = now + duration };
        var current = await _claims.GetEntityIfExistsAsync<ClaimEntity>(partition, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            if (!current.HasValue || current.Value is null)
            {
                await _claims.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (current.Value.ExpiresAt > now && !string.Equals(current.Value.Holder, holder, StringComparison.Ordinal))
            {
                return false;
            }

            await _claims.UpdateEntityAsync(claim, current.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another claimant wrote first.
            return false;
        }
    }
}
