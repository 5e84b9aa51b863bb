using AmbassadorFlows.Functions.Privacy;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>The read model's part in erasure on Tables, as on SQLite: the schedule, and check-ins
/// whose texts go while attendance and hours stay. Partitions are cohorts, so looking a person up
/// is a scan with a filter, fine for a nightly sweep and a rare request.</summary>
public sealed partial class TableCohortProgress : IPersonalDataStore, IErasureSchedule
{
    public string Section => "progress";

    public async Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var rows = await ProgressRowsAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(r => r.EmployeeId, StringComparer.Ordinal)
            .Where(g => g.Any(r => r.ErasedAt is null) && g.All(r => r.Step == "Ended" && r.EraseAfter is { } at && at <= now))
            .OrderBy(g => g.Min(r => r.EraseAfter))
            .Select(g => g.Key)
            .Take(limit)];
    }

    public async Task<IReadOnlyList<JourneyRecord>> ListJourneysAsync(string employeeId, CancellationToken cancellationToken)
        => [.. (await ProgressRowsAsync(employeeId, cancellationToken).ConfigureAwait(false))
            .OrderBy(r => r.CohortId, StringComparer.Ordinal)
            .Select(r => new JourneyRecord(r.CohortId, r.EmployeeId, r.JourneyInstanceId, r.Step, r.EraseAfter, r.ErasedAt))];

    public async Task MarkErasedAsync(string employeeId, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        foreach (var row in await ProgressRowsAsync(employeeId, cancellationToken).ConfigureAwait(false))
        {
            await _table.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["ErasedAt"] = erasedAt }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var row in await CheckInRowsAsync(subject.EmployeeId, cancellationToken).ConfigureAwait(false))
        {
            subject.AddText(row.Successes);
            subject.AddText(row.Challenges);
            subject.AddText(row.Asks);
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return await PersonalProgress.ReadAsync(this, subject.EmployeeId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var changed = 0;
        foreach (var row in await CheckInRowsAsync(subject.EmployeeId, cancellationToken).ConfigureAwait(false))
        {
            if (row.Successes is null && row.Challenges is null && row.Asks is null)
            {
                continue;
            }

            row.Successes = null;
            row.Challenges = null;
            row.Asks = null;
            await _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            changed++;
        }

        return changed;
    }

    private async Task<List<ProgressEntity>> ProgressRowsAsync(string? employeeId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {ProgressEntity.RowPrefix} and RowKey lt {"p}"}");
        if (employeeId is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"EmployeeId eq {employeeId}");
        }

        var rows = new List<ProgressEntity>();
        await foreach (var row in _table.QueryAsync<ProgressEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<CheckInEntity>> CheckInRowsAsync(string employeeId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {CheckInEntity.RowPrefix} and RowKey lt {"c}"} and EmployeeId eq {employeeId}");
        var rows = new List<CheckInEntity>();
        await foreach (var row in _table.QueryAsync<CheckInEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
