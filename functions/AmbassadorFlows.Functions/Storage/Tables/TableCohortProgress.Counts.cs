using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>A cohort's ambassadors per step: the step column of the cohort's progress rows, projected
/// (a partition read of one small column; Tables offer no aggregate).</summary>
public sealed partial class TableCohortProgress : IProgressCounts
{
    private static readonly string[] StepOnly = [nameof(ProgressEntity.Step)];

    public async Task<IReadOnlyDictionary<string, int>> CountByStepAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<TableEntity>(RowRange(TableKeys.Encode(cohortId), ProgressEntity.RowPrefix), select: StepOnly, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString(nameof(ProgressEntity.Step)) is { } step)
            {
                counts[step] = counts.GetValueOrDefault(step) + 1;
            }
        }

        return counts;
    }
}
