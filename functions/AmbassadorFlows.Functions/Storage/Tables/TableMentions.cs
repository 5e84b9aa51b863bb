using AmbassadorFlows.Functions.Privacy;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// The mentions index on Tables (table <c>{prefix}Mentions</c>): one entity per record and key of
/// <see cref="MentionKeys"/> it names — PartitionKey = the key, RowKey = kind + "|" + the record's
/// encoded key, <c>Row</c> = the record's key — written before the record, so no record exists that
/// erasure cannot find (a key whose record never came is skipped). Erasure reads one partition per key
/// of the person. Partition <c>names</c> holds the names seen on mail, against which running text is
/// matched; each instance keeps them in memory, re-read at most every <see cref="NamesFresh"/>.
/// </summary>
internal sealed class TableMentions
{
    public const string Outbox = "outbox";
    public const string Approval = "approval";
    public const string Audit = "audit";
    private const string NamesPartition = "names";
    private const string MetaPartition = "meta";
    private static readonly TimeSpan NamesFresh = TimeSpan.FromMinutes(1);

    private readonly TableClient _table;
    private readonly Lazy<Task> _created;
    private readonly Lock _namesLock = new();
    private HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _indexed = new(StringComparer.Ordinal);
    private DateTimeOffset _namesRead = DateTimeOffset.MinValue;

    public TableMentions(TableServiceClient service, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tablePrefix + "Mentions");
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
    }

    public async Task RecordAsync(string kind, string row, MentionKeys.Found found, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await RefreshNamesAsync(cancellationToken).ConfigureAwait(false);
        List<string> keys;
        List<string> newNames;
        lock (_namesLock)
        {
            keys = [.. found.Keys.Concat(found.NameCandidates.Where(_names.Contains)).Distinct(StringComparer.Ordinal)];
            newNames = [.. found.KnownNames.Where(n => !_names.Contains(n))];
        }

        var rowKey = kind + "|" + TableKeys.Encode(row);
        var writes = keys.Select(key => new TableEntity(key, rowKey) { ["Row"] = row })
            .Concat(newNames.Select(name => new TableEntity(NamesPartition, name)));
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (entity, ct) =>
            await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false)).ConfigureAwait(false);
        lock (_namesLock)
        {
            _names.UnionWith(found.KnownNames);
        }
    }

    /// <summary>
    /// Indexes once the records written before the index existed: the first erasure, export or
    /// collection of a store on tables without the flag (<c>meta</c>, <c>indexed-{kind}</c>) reads
    /// its records once, page by page (with <paramref name="namesFirst"/>, a first pass learns the
    /// names on them), then sets the flag. Records written meanwhile index themselves.
    /// </summary>
    public async Task EnsureIndexedAsync(string kind, Func<CancellationToken, IAsyncEnumerable<(string Row, MentionKeys.Found Found)>> records, bool namesFirst, CancellationToken cancellationToken)
    {
        lock (_namesLock)
        {
            if (_indexed.Contains(kind))
            {
                return;
            }
        }

        await _created.Value.ConfigureAwait(false);
        var flag = "indexed-" + kind;
        if (!(await _table.GetEntityIfExistsAsync<TableEntity>(MetaPartition, flag, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
        {
            if (namesFirst)
            {
                await foreach (var (row, found) in records(cancellationToken).ConfigureAwait(false))
                {
                    var names = new MentionKeys.Found();
                    names.KnownNames.UnionWith(found.KnownNames);
                    await RecordAsync(kind, row, names, cancellationToken).ConfigureAwait(false);
                }
            }

            await foreach (var (row, found) in records(cancellationToken).ConfigureAwait(false))
            {
                await RecordAsync(kind, row, found, cancellationToken).ConfigureAwait(false);
            }

            await _table.UpsertEntityAsync(new TableEntity(MetaPartition, flag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        lock (_namesLock)
        {
            _indexed.Add(kind);
        }
    }

    /// <summary>The keys (as given to <see cref="RecordAsync"/>) of the records of <paramref name="kind"/>
    /// under the person's keys: one partition query per key.</summary>
    public async Task<SortedSet<string>> RowsAsync(IReadOnlyList<string> keys, string kind, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var from = kind + "|";
        var to = kind + "}";
        foreach (var key in keys)
        {
            await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey ge {from} and RowKey lt {to}"), select: ["Row"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(entity.GetString("Row"));
            }
        }

        return rows;
    }

    /// <summary>Takes the person's keys of one kind (and their names) out of the index once their records no longer name them.</summary>
    public async Task ForgetAsync(IReadOnlyList<string> keys, string kind, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var from = kind + "|";
        var to = kind + "}";
        var deletes = new List<(string Partition, string Row)>();
        foreach (var key in keys)
        {
            await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey ge {from} and RowKey lt {to}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                deletes.Add((entity.PartitionKey, entity.RowKey));
            }
        }

        deletes.AddRange(names.Select(n => (NamesPartition, n)));
        await Parallel.ForEachAsync(deletes, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (d, ct) =>
        {
            try
            {
                await _table.DeleteEntityAsync(d.Partition, d.Row, ETag.All, ct).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Gone already: an erasure run again.
            }
        }).ConfigureAwait(false);
        lock (_namesLock)
        {
            _names.ExceptWith(names);
        }
    }

    private async Task RefreshNamesAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow - _namesRead < NamesFresh)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {NamesPartition}"), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            names.Add(entity.RowKey);
        }

        lock (_namesLock)
        {
            names.UnionWith(_names);
            _names = names;
            _namesRead = DateTimeOffset.UtcNow;
        }
    }
}
