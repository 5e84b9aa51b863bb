using AmbassadorFlows.Workflows.Ports;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>A page of a cohort's ambassadors: a range of the <c>progress</c> primary key, and the
/// check-ins of that range of employees (the <c>check_ins</c> primary key), so a page reads its own rows.</summary>
public sealed partial class SqliteCohortProgress : ICohortProgressPages
{
    internal const string ProgressPageSql = $"SELECT {ProgressColumns} FROM progress WHERE cohort_id = $cohort AND employee_id > $after ORDER BY employee_id LIMIT $limit";
    internal const string CheckInsOfRangeSql = $"SELECT {CheckInColumns} FROM check_ins WHERE cohort_id = $cohort AND employee_id > $after AND employee_id <= $last ORDER BY employee_id, month";
    internal const string LastOfPageSql = "SELECT max(employee_id) FROM (SELECT employee_id FROM progress WHERE cohort_id = $cohort AND employee_id > $after ORDER BY employee_id LIMIT $limit)";

    public async Task<IReadOnlyList<AmbassadorProgress>> GetCohortPageAsync(string cohortId, string? afterEmployeeId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var after = afterEmployeeId ?? string.Empty;
        await using var connection = await _database.OpenAsync(cancellationToken);
        string? last;
        await using (var bound = Command(connection, LastOfPageSql, ("$cohort", cohortId), ("$after", after), ("$limit", limit)))
        {
            last = await bound.ExecuteScalarAsync(cancellationToken) as string;
        }

        if (last is null)
        {
            return [];
        }

        await using var checkIns = Command(connection, CheckInsOfRangeSql, ("$cohort", cohortId), ("$after", after), ("$last", last));
        await using var progress = Command(connection, ProgressPageSql, ("$cohort", cohortId), ("$after", after), ("$limit", limit));
        return await ReadProgressAsync(cohortId, checkIns, progress, cancellationToken);
    }
}
