using System.Globalization;
using AmbassadorFlows.Functions.Dashboard;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// <see cref="IDryRunStore"/> on Azure Tables. A record (gzipped JSON) is larger than a property may
/// be (64 KiB), so it is cut into chunks: PartitionKey the run's id, RowKey the chunk's number. The
/// head row (PartitionKey "run", RowKey the id, with the expiry and the chunk count) is written last,
/// so a reader never sees a run half-written; saving removes the runs past their expiry.
/// </summary>
public sealed class TableDryRunStore : IDryRunStore
{
    private const string HeadPartition = "run";
    private const int ChunkBytes = 60 * 1024;
    private readonly TableClient _table;
    private readonly Lazy<Task> _created;

    public TableDryRunStore(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tablePrefix + "DryRuns");
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
    }

    public async Task SaveAsync(DryRunRecord record, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _created.Value.ConfigureAwait(false);
        await PurgeAsync(now, cancellationToken).ConfigureAwait(false);
        var bytes = record.ToBytes();
        var chunks = 0;
        for (var offset = 0; offset < bytes.Length; offset += ChunkBytes, chunks++)
        {
            var chunk = bytes.AsSpan(offset, Math.Min(ChunkBytes, bytes.Length - offset)).ToArray();
            await _table.UpsertEntityAsync(new TableEntity(TableKeys.Encode(record.Id), Chunk(chunks)) { ["Data"] = chunk }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        await _table.UpsertEntityAsync(
            new TableEntity(HeadPartition, TableKeys.Encode(record.Id)) { ["ExpiresAt"] = record.ExpiresAt, ["Chunks"] = chunks },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<DryRunLookup> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _created.Value.ConfigureAwait(false);
        var head = await _table.GetEntityIfExistsAsync<TableEntity>(HeadPartition, TableKeys.Encode(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!head.HasValue || head.Value is not { } entity)
        {
            return DryRunLookup.Unknown;
        }

        if ((entity.GetDateTimeOffset("ExpiresAt") ?? now) <= now)
        {
            return DryRunLookup.Gone;
        }

        using var bytes = new MemoryStream();
        var count = entity.GetInt32("Chunks") ?? 0;
        for (var i = 0; i < count; i++)
        {
            var chunk = await _table.GetEntityAsync<TableEntity>(TableKeys.Encode(id), Chunk(i), cancellationToken: cancellationToken).ConfigureAwait(false);
            bytes.Write(chunk.Value.GetBinary("Data"));
        }

        return new DryRunLookup(DryRunRecord.FromBytes(bytes.ToArray()), Expired: false);
    }

    /// <summary>Removes the runs past their expiry: chunks first, the head last, so a run half-removed is still found (as expired) and removed next time.</summary>
    private async Task PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {HeadPartition} and ExpiresAt le {now}");
        await foreach (var head in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Chunks"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < (head.GetInt32("Chunks") ?? 0); i++)
            {
                await _table.DeleteEntityAsync(head.RowKey, Chunk(i), ETag.All, cancellationToken).ConfigureAwait(false);
            }

            await _table.DeleteEntityAsync(HeadPartition, head.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Chunk(int number) => number.ToString("D4", CultureInfo.InvariantCulture);
}
