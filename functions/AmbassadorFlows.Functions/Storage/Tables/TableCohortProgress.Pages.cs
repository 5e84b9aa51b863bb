using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>A page of a cohort's ambassadors on Azure Tables: a row range of the cohort's partition,
/// then each ambassador's check-ins by its own row range (read side by side). One range over the
/// page's check-ins would not do: with '|' after each id, an id that is another's prefix sorts apart.</summary>
public sealed partial class TableCohortProgress : ICohortProgressPages
{
    public async Task<IReadOnlyList<AmbassadorProgress>> GetCohortPageAsync(string cohortId, string? afterEmployeeId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await _created.Value.ConfigureAwait(false);
        var partition = TableKeys.Encode(cohortId);
        var range = RowRange(partition, ProgressEntity.RowPrefix);
        if (afterEmployeeId is not null)
        {
            range += " and " + TableClient.CreateQueryFilter($"RowKey gt {ProgressEntity.RowPrefix + TableKeys.Encode(afterEmployeeId)}");
        }

        var rows = new List<ProgressEntity>(limit);
        await foreach (var row in _table.QueryAsync<ProgressEntity>(range, maxPerPage: limit, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == limit)
            {
                break;
            }
        }

        var checkIns = await Task.WhenAll(rows.Select(row => CheckInsOfAsync(partition, row.EmployeeId, cancellationToken))).ConfigureAwait(false);
        return [.. rows.Select((row, i) => ToProgress(row, checkIns[i]))];
    }

    private async Task<List<CheckInRecord>> CheckInsOfAsync(string partition, string employeeId, CancellationToken cancellationToken)
    {
        var result = new List<CheckInRecord>();
        await foreach (var row in _table.QueryAsync<CheckInEntity>(RowRange(partition, $"{CheckInEntity.RowPrefix}{TableKeys.Encode(employeeId)}|"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(ToCheckIn(row));
        }

        return result;
    }
}
