using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AmbassadorFlows.Functions.Privacy;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// The mentions index on Tables (table <c>{prefix}Mentions</c>): one entity per record and key of
/// <see cref="MentionKeys"/> it names — PartitionKey = one of <see cref="Buckets"/> partitions chosen by
/// the record, RowKey = key + "|" + kind + "|" + the record's encoded key, <c>Row</c> = the record's
/// key. A record's mentions share its partition, so they are written as one upsert transaction (per
/// 100) before the record: no record exists that erasure cannot find (a key whose record never came
/// is skipped), and a retried write changes nothing. Erasure reads one RowKey range per key of the
/// person in each partition. Partition <c>names</c> holds the names seen on mail, against which running
/// text is matched; each instance keeps them in memory, re-read at most every <see cref="NamesFresh"/>.
/// </summary>
internal sealed class TableMentions
{
    public const string Outbox = "outbox";
    public const string Approval = "approval";
    public const string Audit = "audit";

    /// <summary>Partitions the records are spread over: each adds one range query per key to an
    /// erasure, and a partition's share of the write throughput (Tables serve about 2,000 entities/s
    /// per partition).</summary>
    internal const int Buckets = 4;

    /// <summary>Operations per table transaction (the service's limit).</summary>
    private const int TransactionSize = 100;

    private const int Concurrency = 16;
    private const string NamesPartition = "names";
    private const string MetaPartition = "meta";

    /// <summary>Part of the flag's name: the records of a store indexed in another layout are indexed again.</summary>
    private const string Layout = "v2";

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

    /// <summary>The partition of a record's mentions.</summary>
    internal static string Partition(string kind, string row)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(kind + "|" + row), hash);
        return "m" + (hash[0] % Buckets).ToString(CultureInfo.InvariantCulture);
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

        var partition = Partition(kind, row);
        var suffix = "|" + kind + "|" + TableKeys.Encode(row);
        var mentions = keys.Select(key => new TableEntity(partition, key + suffix) { ["Row"] = row });
        var names = newNames.Select(name => new TableEntity(NamesPartition, name));
        var transactions = mentions.Chunk(TransactionSize).Concat(names.Chunk(TransactionSize));
        await Parallel.ForEachAsync(transactions, Options(cancellationToken), async (entities, ct) =>
            await _table.SubmitTransactionAsync(entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct).ConfigureAwait(false)).ConfigureAwait(false);
        lock (_namesLock)
        {
            _names.UnionWith(found.KnownNames);
        }
    }

    /// <summary>
    /// Indexes once the records written before the index (in this layout) existed: the first erasure,
    /// export or collection of a store on tables without the flag (<c>meta</c>, <c>indexed-{kind}-v2</c>)
    /// reads its records once, page by page (with <paramref name="namesFirst"/>, a first pass learns the
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
        var flag = "indexed-" + kind + "-" + Layout;
        if (!(await _table.GetEntityIfExistsAsync<TableEntity>(MetaPartition, flag, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
        {
            if (namesFirst)
            {
                await Parallel.ForEachAsync(records(cancellationToken), Options(cancellationToken), async (record, ct) =>
                {
                    var names = new MentionKeys.Found();
                    names.KnownNames.UnionWith(record.Found.KnownNames);
                    await RecordAsync(kind, record.Row, names, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }

            // Records one transaction each, several at a time.
            await Parallel.ForEachAsync(records(cancellationToken), Options(cancellationToken), async (record, ct) =>
                await RecordAsync(kind, record.Row, record.Found, ct).ConfigureAwait(false)).ConfigureAwait(false);

            await _table.UpsertEntityAsync(new TableEntity(MetaPartition, flag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        lock (_namesLock)
        {
            _indexed.Add(kind);
        }
    }

    /// <summary>The keys (as given to <see cref="RecordAsync"/>) of the records of <paramref name="kind"/>
    /// under the person's keys: one range query per key and partition.</summary>
    public async Task<SortedSet<string>> RowsAsync(IReadOnlyList<string> keys, string kind, CancellationToken cancellationToken)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in await MentionsAsync(keys, kind, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(entity.GetString("Row"));
        }

        return rows;
    }

    /// <summary>Takes the person's keys of one kind (and their names) out of the index once their records
    /// no longer name them: deleted in transactions per partition.</summary>
    public async Task ForgetAsync(IReadOnlyList<string> keys, string kind, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var deletes = (await MentionsAsync(keys, kind, cancellationToken).ConfigureAwait(false))
            .Select(e => (Partition: e.PartitionKey, Row: e.RowKey))
            .Concat(names.Distinct(StringComparer.Ordinal).Select(n => (Partition: NamesPartition, Row: n)))
            .GroupBy(d => d.Partition, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(TransactionSize));
        await Parallel.ForEachAsync(deletes, Options(cancellationToken), async (batch, ct) =>
        {
            try
            {
                await _table.SubmitTransactionAsync(batch.Select(d => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(d.Partition, d.Row), ETag.All)), ct).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 || ex.ErrorCode == "ResourceNotFound")
            {
                // One was gone already (an erasure run again, or two at once): the rest one by one.
                foreach (var (partition, row) in batch)
                {
                    await DeleteIfExistsAsync(partition, row, ct).ConfigureAwait(false);
                }
            }
        }).ConfigureAwait(false);
        lock (_namesLock)
        {
            _names.ExceptWith(names);
        }
    }

    private async Task DeleteIfExistsAsync(string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Gone already.
        }
    }

    /// <summary>The index entities of <paramref name="kind"/> under the keys, from every partition.</summary>
    private async Task<List<TableEntity>> MentionsAsync(IReadOnlyList<string> keys, string kind, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var ranges = keys.Distinct(StringComparer.Ordinal)
            .SelectMany(key => Enumerable.Range(0, Buckets).Select(bucket => (Partition: "m" + bucket.ToString(CultureInfo.InvariantCulture), From: key + "|" + kind + "|", To: key + "|" + kind + "}")));
        var found = new List<TableEntity>();
        await Parallel.ForEachAsync(ranges, Options(cancellationToken), async (range, ct) =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {range.Partition} and RowKey ge {range.From} and RowKey lt {range.To}");
            await foreach (var entity in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Row"], cancellationToken: ct).ConfigureAwait(false))
            {
                lock (found)
                {
                    found.Add(entity);
                }
            }
        }).ConfigureAwait(false);
        return found;
    }

    private static ParallelOptions Options(CancellationToken cancellationToken)
        => new() { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken };

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
