using System.Text.Json;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Workflows.Shared;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="IHealthSnapshots"/> on the app's SQLite file (<see cref="AppSchema.HealthSnapshotSchema"/>):
/// two primary-key reads, whatever the cohort's size.</summary>
public sealed class SqliteHealthSnapshots(AppDatabase database) : IHealthSnapshots
{
    internal const string ReadSql = """
        SELECT coalesce((SELECT version FROM cohort_changes WHERE cohort_id = $cohort), 0),
               (SELECT report_json FROM cohort_health WHERE cohort_id = $cohort AND basis = $basis
                   AND version = coalesce((SELECT version FROM cohort_changes WHERE cohort_id = $cohort), 0))
        """;

    public async Task<(long Version, KeptCohortReport? Kept)> ReadAsync(string cohortId, string basis, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var query = Command(connection, ReadSql, ("$cohort", cohortId), ("$basis", basis));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var version = reader.GetInt64(0);
        return (version, reader.IsDBNull(1) ? null : JsonSerializer.Deserialize<KeptCohortReport>(reader.GetString(1), WorkflowJson.Options));
    }

    public async Task WriteAsync(string cohortId, long version, string basis, KeptCohortReport kept, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kept);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var upsert = Command(
            connection,
            """
            INSERT INTO cohort_health (cohort_id, version, basis, report_json) VALUES ($cohort, $version, $basis, $json)
            ON CONFLICT (cohort_id) DO UPDATE SET version = excluded.version, basis = excluded.basis, report_json = excluded.report_json
            WHERE excluded.version >= cohort_health.version
            """,
            ("$cohort", cohortId),
            ("$version", version),
            ("$basis", basis),
            ("$json", JsonSerializer.Serialize(kept, WorkflowJson.Options)));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
