using AmbassadorFlows.Workflows.Figures;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>A cohort's check-in requests for the figures, from the rows the triggers keep
/// (<see cref="AppSchema.CheckInRequestTable"/>): one primary-key range, no cap.</summary>
public sealed partial class SqliteApprovalStore
{
    /// <summary>The columns <see cref="ReadCheckInRequestsAsync"/> reads, in its order.</summary>
    internal const string CheckInRequestColumns = "approval_id, instance_id, created_at, details_json, answered";
    internal const string CheckInRequestsOfCohortSql = $"SELECT {CheckInRequestColumns} FROM check_in_requests WHERE cohort_id = $cohort";

    public async Task<IReadOnlyList<CheckInRequest>> ListCheckInRequestsOfCohortAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, CheckInRequestsOfCohortSql, ("$cohort", cohortId));
        return await ReadCheckInRequestsAsync(query, cancellationToken);
    }

    /// <summary>The requests a query of <c>check_in_requests</c> returns (<see cref="CheckInRequestColumns"/>).</summary>
    internal static async Task<IReadOnlyList<CheckInRequest>> ReadCheckInRequestsAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var requests = new List<CheckInRequest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (CheckInRequestRow.Read(reader.GetString(0), reader.GetString(1), Time(reader, 2), NullableString(reader, 3), reader.GetInt64(4) != 0) is { } request)
            {
                requests.Add(request);
            }
        }

        return requests;
    }
}
