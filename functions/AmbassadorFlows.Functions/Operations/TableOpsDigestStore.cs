using System.Globalization;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// The digest's reads and its ledger of sent days on Azure Tables (Azure mode). Mail failures are one
/// range read of the sent-mail log's time-ordered partition (the day's mail, nothing older). Overdue
/// requests use the approval store's server-side filter on status and deadline, as its pending list
/// does: a filtered scan, fine for HR volumes; an index partition by deadline is the step beyond that.
/// The ledger is one row per day, written with an insert that fails on a second writer (409).
/// </summary>
public sealed class TableOpsDigestStore : IOpsDigestStore
{
    private const string LedgerPartition = "digest";
    private readonly TableClient _approvals;
    private readonly TableClient _sentMail;
    private readonly TableClient _ledger;
    private readonly Lazy<Task> _created;

    public TableOpsDigestStore(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _approvals = service.GetTableClient(tablePrefix + "Approvals");
        _sentMail = service.GetTableClient(tablePrefix + "SentMail");
        _ledger = service.GetTableClient(tablePrefix + "OpsDigests");
        _created = new Lazy<Task>(async () =>
        {
            await _approvals.CreateIfNotExistsAsync().ConfigureAwait(false);
            await _sentMail.CreateIfNotExistsAsync().ConfigureAwait(false);
            await _ledger.CreateIfNotExistsAsync().ConfigureAwait(false);
        });
    }

    public async Task<(IReadOnlyList<OverdueRequest> Items, int Total)> ListOverdueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and ExpiresAt lt {now}");
        var all = new List<OverdueRequest>();
        await foreach (var entity in _approvals.QueryAsync<TableEntity>(filter, select: ["ApprovalId", "InstanceId", "Kind", "ExpiresAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            all.Add(new OverdueRequest(entity.GetString("ApprovalId"), entity.GetString("InstanceId"), entity.GetString("Kind"), entity.GetDateTimeOffset("ExpiresAt") ?? now));
        }

        return ([.. all.OrderBy(r => r.Deadline).ThenBy(r => r.ApprovalId, StringComparer.Ordinal).Take(limit)], all.Count);
    }

    public async Task<(IReadOnlyList<MailFailure> Items, int Total)> ListMailFailuresAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);

        // Row keys start with the inverted creation time (newest first): the window is one key range.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"messages"} and RowKey ge {TimeKey(to)} and RowKey lt {TimeKey(from)}");
        var failures = new List<MailFailure>();
        await foreach (var row in _sentMail.QueryAsync<TableEntity>(filter, select: ["Id", "CreatedAt", "Subject", "RelayError"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("RelayError") is { Length: > 0 } error)
            {
                failures.Add(new MailFailure(row.GetInt64("Id") ?? 0, row.GetDateTimeOffset("CreatedAt") ?? from, row.GetString("Subject") ?? string.Empty, error));
            }
        }

        return ([.. failures.OrderBy(f => f.At).Take(limit)], failures.Count);
    }

    public async Task<bool> TryClaimDayAsync(DateOnly day, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        try
        {
            await _ledger.AddEntityAsync(new TableEntity(LedgerPartition, Key(day)) { ["ClaimedAt"] = at }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task ReleaseDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        await _ledger.DeleteEntityAsync(LedgerPartition, Key(day), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The smallest row key of mail created before <paramref name="instant"/> (see TableSentMailLog).</summary>
    private static string TimeKey(DateTimeOffset instant)
        => string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks + 1:D19}");
}
