using AmbassadorFlows.Functions.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// Every lookup the SQLite stores make by person, cohort or status walks an index: <c>EXPLAIN QUERY
/// PLAN</c> of each on a database the current schema made (and migrations reached) shows no
/// <c>SCAN</c> of a table that grows with the programme, except where the lookup itself is bounded (a
/// page newest first that stops at its limit, which is said next to it). And the check can fail:
/// without its index, a lookup by person is reported.
/// </summary>
public sealed class SqliteQueryPlanTests
{
    /// <summary>The stores' lookups; <c>Bounded</c> says why a scan is allowed, null when none is.</summary>
    public static TheoryData<string> LookupNames() => [.. Lookups.Select(l => l.Name)];

    private static readonly (string Name, string Sql, string? Bounded)[] Lookups =
    [
        ("outbox by recipient", SqliteOutbox.ToRecipientSql, null),
        ("outbox newest page", $"SELECT {SqliteOutbox.Columns} FROM outbox ORDER BY id DESC LIMIT $limit", "walks ids newest first and stops at the page's limit"),
        ("outbox by ids", SqliteOutbox.ByIdsSql, null),
        ("mentions of a person", SqliteMentions.RowsSql, null),
        ("forget a person's mentions", SqliteMentions.DeleteSql, null),
        ("forget a person's names", SqliteMentions.ForgetNamesSql, null),
        ("approvals by assignee", SqliteApprovalStore.ApprovalIdsByAssigneeSql, null),
        ("approvals by journey", SqliteApprovalStore.ApprovalIdsByInstanceSql, null),
        ("approvals by ids", SqliteApprovalStore.ApprovalsByIdsSql, null),
        ("open approvals", SqliteApprovalStore.PendingSql, "walks the partial index of open requests only, which is what it returns"),
        ("open approvals of a cohort", SqliteApprovalStore.PendingOfPrefixSql, null),
        ("approvals newest page", SqliteApprovalStore.AllSql, "walks creation times newest first and stops at the page's limit"),
        ("approvals of a cohort", SqliteApprovalStore.AllOfPrefixSql, null),
        ("undelivered decisions", SqliteApprovalStore.UndeliveredSql, null),
        ("audit of a journey", SqliteApprovalStore.AuditOfInstanceSql, null),
        ("audit by journeys", SqliteApprovalStore.AuditIdsByInstanceSql, null),
        ("audit by ids", SqliteApprovalStore.AuditByIdsSql, null),
        ("due for erasure", SqliteCohortProgress.DueSql, null),
        ("journeys of a person", SqliteCohortProgress.JourneysOfSql, null),
        ("check-in texts of a person", SqliteCohortProgress.CheckInTextsOfSql, null),
        ("progress of a cohort", SqliteCohortProgress.ProgressOfCohortSql, null),
        ("check-ins of a cohort", SqliteCohortProgress.CheckInsOfCohortSql, null),
        ("ambassadors per step of a cohort", SqliteCohortProgress.StepCountsSql, null),
        ("cohort list page", SqliteCohortList.PageSql, null),
        ("cohorts of a programme", SqliteCohortList.OfProgrammeSql, null),
        ("open requests of a cohort counted", SqliteApprovalStore.OpenOfCohortCountSql, null),
        ("check-in requests of a cohort", SqliteApprovalStore.CheckInRequestsOfCohortSql, null),
        ("open requests oldest page", SqliteApprovalStore.OpenPageSql, "walks the partial index of open requests oldest first from the page's start and stops at its limit"),
        ("a page of a cohort's ambassadors: where it ends", SqliteCohortProgress.LastOfPageSql, null),
        ("a page of a cohort's ambassadors", SqliteCohortProgress.ProgressPageSql, null),
        ("check-ins of a page of ambassadors", SqliteCohortProgress.CheckInsOfRangeSql, null),
        ("open requests of one instance", SqliteApprovalStore.OpenOfInstanceSql, null),
        ("audit trail page", SqliteApprovalStore.AuditPageSql, null),
        ("kept figures of a cohort", SqliteCohortFigures.StateSql, null),
        ("ambassadors whose figures changed", SqliteCohortFigures.DirtySql, null),
        ("an ambassador's figures part", SqliteCohortFigures.PartSql, null),
        ("progress of one ambassador", SqliteCohortFigures.ProgressOfEmployeeSql, null),
        ("check-ins of one ambassador", SqliteCohortFigures.CheckInsOfEmployeeSql, null),
        ("check-in requests of one journey", SqliteCohortFigures.RequestsOfJourneySql, null),
        ("kept figures a person is part of, dropped", SqliteCohortProgress.DropFiguresOfSql, null),
        ("figures parts of a person, forgotten", SqliteCohortProgress.ForgetFigurePartsSql, null),
    ];

    [Theory]
    [MemberData(nameof(LookupNames))]
    public async Task Lookup_QueryPlan_ScansNoGrowingTableUnbounded(string name)
    {
        var (_, sql, bounded) = Lookups.Single(l => l.Name == name);
        await using var connection = await NewDatabase().OpenAsync();

        var scans = await ScansAsync(connection, sql);

        if (bounded is null)
        {
            Assert.True(scans.Count == 0, $"{name} scans: {string.Join(" | ", scans)}");
        }
    }

    [Fact]
    public async Task Lookup_WithoutItsIndex_IsReportedAsAScan()
    {
        await using var connection = await NewDatabase().OpenAsync();
        await using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP INDEX approvals_by_assignee; DROP INDEX progress_by_employee;";
            await drop.ExecuteNonQueryAsync();
        }

        Assert.Contains(await ScansAsync(connection, SqliteApprovalStore.ApprovalIdsByAssigneeSql), s => s.StartsWith("SCAN approvals", StringComparison.Ordinal));
        Assert.Contains(await ScansAsync(connection, SqliteCohortProgress.JourneysOfSql), s => s.StartsWith("SCAN progress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OlderFile_OpenedByCurrentCode_GetsTheLookupIndexes()
    {
        var folder = Directory.CreateTempSubdirectory("af-plan-");
        try
        {
            var file = Path.Combine(folder.FullName, "ambassadorflows-app.db");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Formats", "2026-12", "ambassadorflows-app.db"), file);
            await using var connection = await new AppDatabase(file, pooling: false).OpenAsync();

            Assert.Empty(await ScansAsync(connection, SqliteApprovalStore.ApprovalIdsByAssigneeSql));
            Assert.Empty(await ScansAsync(connection, SqliteMentions.RowsSql));
            await using var indexed = connection.CreateCommand();
            indexed.CommandText = "SELECT count(*) FROM mentions WHERE kind = 'outbox'";
            Assert.True((long)(await indexed.ExecuteScalarAsync())! > 0, "the older file's mail was indexed on opening");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task OlderFile_OpenedByCurrentCode_CountsItsAmbassadorsPerStep()
    {
        var folder = Directory.CreateTempSubdirectory("af-plan-");
        try
        {
            var file = Path.Combine(folder.FullName, "ambassadorflows-app.db");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Formats", "2026-12", "ambassadorflows-app.db"), file);
            await using var connection = await new AppDatabase(file, pooling: false).OpenAsync();

            await using var compare = connection.CreateCommand();
            compare.CommandText = """
                SELECT (SELECT count(*) FROM progress),
                       (SELECT coalesce(sum(count), 0) FROM cohort_steps),
                       (SELECT count(*) FROM (SELECT cohort_id, step, count(*) AS n FROM progress GROUP BY cohort_id, step
                                              EXCEPT SELECT cohort_id, step, count FROM cohort_steps WHERE count > 0))
                """;
            await using var reader = await compare.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.GetInt64(0) > 0, "the older file has ambassadors");
            Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
            Assert.Equal(0, reader.GetInt64(2));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task OlderFile_OpenedByCurrentCode_KeepsARowPerCheckInRequest()
    {
        var folder = Directory.CreateTempSubdirectory("af-plan-");
        try
        {
            var file = Path.Combine(folder.FullName, "ambassadorflows-app.db");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Formats", "2026-12", "ambassadorflows-app.db"), file);
            // The file was kept before its cohort's first meeting: two check-in requests are written
            // the way the code of that time wrote them (no trigger keeps a row of them yet).
            await using (var older = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await older.OpenAsync();
                await using var insert = older.CreateCommand();
                insert.CommandText = """
                    INSERT INTO approvals (approval_id, instance_id, event_name, kind, assignee_id, assignee_email, options, created_at, expires_at, details_json, decision, decided_by, decided_at)
                    SELECT instance_id || ':check-in:' || n, instance_id, 'CheckIn', 'check-in', assignee_id, assignee_email, '["submit"]', created_at + n, expires_at,
                           '{"month":' || n || ',"meetingStart":"2026-04-01T09:00:00Z"}', CASE n WHEN 1 THEN 'submit' END, CASE n WHEN 1 THEN assignee_id END, CASE n WHEN 1 THEN created_at + 10 END
                    FROM approvals, (SELECT 1 AS n UNION ALL SELECT 2) WHERE approval_id LIKE '%:journey:%:agreement'
                    """;
                Assert.True(await insert.ExecuteNonQueryAsync() > 0, "the older file has journeys");
            }

            await using var connection = await new AppDatabase(file, pooling: false).OpenAsync();

            await using var compare = connection.CreateCommand();
            compare.CommandText = """
                SELECT (SELECT count(*) FROM approvals WHERE approval_id LIKE '%:journey:%:check-in:%'),
                       (SELECT count(*) FROM check_in_requests),
                       (SELECT count(*) FROM (SELECT approval_id, details_json, decision IS NOT NULL FROM approvals WHERE approval_id LIKE '%:journey:%:check-in:%'
                                              EXCEPT SELECT approval_id, details_json, answered FROM check_in_requests))
                """;
            await using var reader = await compare.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.GetInt64(0) > 0, "the older file has check-in requests");
            Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
            Assert.Equal(0, reader.GetInt64(2));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static AppDatabase NewDatabase()
        => new(Path.Combine(Path.GetTempPath(), "af-tests", $"plan-{Guid.NewGuid():N}.db"));

    /// <summary>The plan's steps that read a whole table (or a whole index of one): <c>SCAN x</c>,
    /// except of a table-valued function over the statement's own parameters (<c>json_each</c>).</summary>
    private static async Task<List<string>> ScansAsync(SqliteConnection connection, string sql)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        return [.. plan.Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal) && !step.Contains("json_each", StringComparison.Ordinal) && !step.StartsWith("SCAN CONSTANT", StringComparison.Ordinal))];
    }
}
