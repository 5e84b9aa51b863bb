using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>A cohort's ambassadors per step, from the counts the <c>progress</c> triggers keep
/// (<see cref="AppSchema.StepCountTriggers"/>): a row per step, whatever the cohort's size.</summary>
public sealed partial class SqliteCohortProgress : IProgressCounts
{
    internal const string StepCountsSql = "SELECT step, count FROM cohort_steps WHERE cohort_id = $cohort AND count > 0";

    public async Task<IReadOnlyDictionary<string, int>> CountByStepAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, StepCountsSql, ("$cohort", cohortId));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
