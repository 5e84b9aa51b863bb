using System.Globalization;
using AmbassadorFlows.Workflows.Ports;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="ICohortList"/> on the app's SQLite file (table <c>cohorts</c>). A page is a
/// walk of <c>cohorts_by_created</c> newest first from the last row of the page before, so a page
/// reads its own rows whatever the number of cohorts.</summary>
public sealed class SqliteCohortList(AppDatabase database) : ICohortList
{
    private const string FilledKey = "cohorts-listed";

    internal const string PageSql = "SELECT cohort_id, programme_id, programme_version, hr_owner_id, created_at FROM cohorts WHERE (created_at, cohort_id) < ($at, $id) ORDER BY created_at DESC, cohort_id DESC LIMIT $limit";
    internal const string OfProgrammeSql = "SELECT cohort_id, programme_id, programme_version, hr_owner_id, created_at FROM cohorts WHERE programme_id = $programme ORDER BY created_at, cohort_id";

    public async Task RecordCohortAsync(CohortListing cohort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        await using var connection = await database.OpenAsync(cancellationToken);
        // Started, then planned: the earlier time stays (the start's, or the instance's when filled in).
        await using var upsert = Command(
            connection,
            """
            INSERT INTO cohorts (cohort_id, programme_id, programme_version, hr_owner_id, created_at)
            VALUES ($id, $programme, $version, $hr, $at)
            ON CONFLICT (cohort_id) DO UPDATE SET
                programme_id = excluded.programme_id,
                programme_version = coalesce(excluded.programme_version, cohorts.programme_version),
                hr_owner_id = excluded.hr_owner_id,
                created_at = min(cohorts.created_at, excluded.created_at)
            """,
            ("$id", cohort.CohortId),
            ("$programme", cohort.ProgrammeId),
            ("$version", cohort.ProgrammeVersion),
            ("$hr", cohort.HrOwnerId),
            ("$at", ToDb(cohort.CreatedAt)));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<CohortListPage> ListAsync(int limit, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (at, id) = after is null ? (long.MaxValue, string.Empty) : CohortListToken.Read(after);
        await using var connection = await database.OpenAsync(cancellationToken);
        // After the first page's start the id must sort below any real id at the same time: with
        // long.MaxValue no row shares the time, so the empty id never matters.
        await using var query = Command(connection, PageSql, ("$at", at), ("$id", id), ("$limit", limit + 1));
        var rows = await ReadAsync(query, cancellationToken);
        return rows.Count > limit
            ? new CohortListPage(rows[..limit], CohortListToken.Write(ToDb(rows[limit - 1].CreatedAt), rows[limit - 1].CohortId))
            : new CohortListPage(rows, null);
    }

    public async Task<IReadOnlyList<CohortListing>> ListOfProgrammeAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var query = Command(connection, OfProgrammeSql, ("$programme", programmeId));
        return await ReadAsync(query, cancellationToken);
    }

    public async Task<bool> IsFilledAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var query = Command(connection, "SELECT 1 FROM app_meta WHERE key = $key", ("$key", FilledKey));
        return await query.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task MarkFilledAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var mark = Command(connection, "INSERT OR REPLACE INTO app_meta (key, value) VALUES ($key, $value)", ("$key", FilledKey), ("$value", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        await mark.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<CohortListing>> ReadAsync(Microsoft.Data.Sqlite.SqliteCommand query, CancellationToken cancellationToken)
    {
        var rows = new List<CohortListing>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new CohortListing(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetString(3), Time(reader, 4)));
        }

        return rows;
    }
}
