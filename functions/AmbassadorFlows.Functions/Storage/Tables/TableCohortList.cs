using System.Globalization;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary><see cref="ICohortList"/> on Azure Tables, with the semantics of the SQLite list: an
/// upsert that keeps the first creation time, pages newest first from the last row of the page
/// before (a key range read, whatever the number of cohorts).</summary>
public sealed class TableCohortList : ICohortList
{
    private readonly TableClient _table;
    private readonly Lazy<Task> _created;

    public TableCohortList(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tablePrefix + "Cohorts");
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
    }

    public async Task RecordCohortAsync(CohortListing cohort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        await _created.Value.ConfigureAwait(false);
        var idRow = CohortListEntity.IdPrefix + TableKeys.Encode(cohort.CohortId);
        // Milliseconds, as the page tokens carry them, so a token finds its row's key again.
        cohort = cohort with { CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(cohort.CreatedAt.ToUnixTimeMilliseconds()) };
        while (true)
        {
            var existing = await _table.GetEntityIfExistsAsync<CohortListEntity>(CohortListEntity.Partition, idRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            var first = existing.HasValue ? existing.Value! : null;
            // The earlier time stays: the start's, or the instance's when filled in from the orchestrations.
            var at = first is null || cohort.CreatedAt < first.CreatedAt ? cohort.CreatedAt : first.CreatedAt;
            var version = cohort.ProgrammeVersion ?? first?.ProgrammeVersion;
            var id = Row(idRow, cohort, version, at);
            var ordered = Row(TimeRow(at, cohort.CohortId), cohort, version, at);
            var actions = new List<TableTransactionAction>
            {
                first is null ? new(TableTransactionActionType.Add, id) : new(TableTransactionActionType.UpdateReplace, id, first.ETag),
                new(TableTransactionActionType.UpsertReplace, ordered),
            };
            if (first is not null && first.CreatedAt != at)
            {
                actions.Add(new(TableTransactionActionType.Delete, new TableEntity(CohortListEntity.Partition, TimeRow(first.CreatedAt, cohort.CohortId)), ETag.All));
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another writer got there between our read and write: apply ours on top of theirs.
            }
        }
    }

    public async Task<CohortListPage> ListAsync(int limit, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await _created.Value.ConfigureAwait(false);
        var from = after is null ? null : FromToken(after);
        var upper = CohortListEntity.TimePrefix[..^1] + (char)(CohortListEntity.TimePrefix[^1] + 1);
        var filter = from is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {CohortListEntity.Partition} and RowKey ge {CohortListEntity.TimePrefix} and RowKey lt {upper}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {CohortListEntity.Partition} and RowKey gt {from} and RowKey lt {upper}");
        var rows = new List<CohortListEntity>();
        await foreach (var row in _table.QueryAsync<CohortListEntity>(filter, maxPerPage: limit + 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count > limit)
            {
                break;
            }
        }

        return rows.Count > limit
            ? new CohortListPage([.. rows.Take(limit).Select(Listing)], CohortListToken.Write(rows[limit - 1].CreatedAt.ToUnixTimeMilliseconds(), rows[limit - 1].CohortId))
            : new CohortListPage([.. rows.Select(Listing)], null);
    }

    public async Task<IReadOnlyList<CohortListing>> ListOfProgrammeAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var upper = CohortListEntity.IdPrefix[..^1] + (char)(CohortListEntity.IdPrefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CohortListEntity.Partition} and RowKey ge {CohortListEntity.IdPrefix} and RowKey lt {upper} and ProgrammeId eq {programmeId}");
        var rows = new List<CohortListing>();
        await foreach (var row in _table.QueryAsync<CohortListEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Listing(row));
        }

        return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.CohortId, StringComparer.Ordinal)];
    }

    public async Task<bool> IsFilledAsync(CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        return (await _table.GetEntityIfExistsAsync<TableEntity>(CohortListEntity.Partition, CohortListEntity.FilledRow, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;
    }

    public async Task MarkFilledAsync(CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        await _table.UpsertEntityAsync(new TableEntity(CohortListEntity.Partition, CohortListEntity.FilledRow), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Newest first in key order: ticks counted down from the largest, fixed width, then the id.</summary>
    private static string TimeRow(DateTimeOffset at, string cohortId)
        => string.Create(CultureInfo.InvariantCulture, $"{CohortListEntity.TimePrefix}{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}|{TableKeys.Encode(cohortId)}");

    /// <summary>The row key a page token points at (the page's last row).</summary>
    private static string FromToken(string token)
    {
        var (at, cohortId) = CohortListToken.Read(token);
        return TimeRow(DateTimeOffset.FromUnixTimeMilliseconds(at), cohortId);
    }

    private static CohortListEntity Row(string rowKey, CohortListing cohort, int? version, DateTimeOffset at) => new()
    {
        RowKey = rowKey,
        CohortId = cohort.CohortId,
        ProgrammeId = cohort.ProgrammeId,
        ProgrammeVersion = version,
        HrOwnerId = cohort.HrOwnerId,
        CreatedAt = at,
    };

    private static CohortListing Listing(CohortListEntity row) => new(row.CohortId, row.ProgrammeId, row.ProgrammeVersion, row.HrOwnerId, row.CreatedAt);
}
