using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using SQLitePCL;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// The overview's, the health page's and the cohort page's reads step through as many rows for a cohort of 400 as for
/// one of 10: SQLite's own count of virtual-machine steps per statement (<c>sqlite3_stmt_status</c>)
/// is the same for both. The measure can fail: reading a cohort's progress rows grows with it.
/// </summary>
public sealed class ReadModelRowCountTests : IAsyncLifetime
{
    private const int VmSteps = 4; // SQLITE_STMTSTATUS_VM_STEP
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly AppDatabase _database = new(Path.Combine(Path.GetTempPath(), "af-tests", $"rows-{Guid.NewGuid():N}.db"));

    public async Task InitializeAsync()
    {
        var progress = new SqliteCohortProgress(_database);
        var list = new SqliteCohortList(_database);
        var snapshots = new SqliteHealthSnapshots(_database);
        foreach (var (cohort, size) in new[] { ("small", 10), ("large", 400) })
        {
            await list.RecordCohortAsync(new CohortListing(cohort, "mobility", 1, "E002", Start));
            for (var i = 0; i < size; i++)
            {
                var employee = $"E{i:D4}";
                await progress.RecordStepAsync(new AmbassadorStepChange(cohort, employee, $"{cohort}:journey:{employee}", i % 3 == 0 ? AmbassadorStep.Ended : AmbassadorStep.Active, Start));
                await progress.RecordCheckInAsync(cohort, employee, new CheckInRecord(1, true, 2, "ok", null, null, Start.AddDays(30)));
            }

            var (version, _) = await snapshots.ReadAsync(cohort, "basis");
            await snapshots.WriteAsync(cohort, version, "basis", new KeptCohortReport(new HealthReport(HealthScope.Cohort, cohort, "mobility", 3, [cohort], []), []));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("ambassadors per step", SqliteCohortProgress.StepCountsSql)]
    [InlineData("health snapshot", SqliteHealthSnapshots.ReadSql)]
    [InlineData("cohort page: where the page of ambassadors ends", SqliteCohortProgress.LastOfPageSql)]
    [InlineData("cohort page: its ambassadors", SqliteCohortProgress.ProgressPageSql)]
    [InlineData("cohort page: their check-ins", SqliteCohortProgress.CheckInsOfRangeSql)]
    [InlineData("cohort page: a journey's open requests", SqliteApprovalStore.OpenOfInstanceSql)]
    public async Task Read_CohortOf400AndOf10_StepsThroughTheSameRows(string name, string sql)
    {
        var small = await StepsAsync(sql, "small");
        var large = await StepsAsync(sql, "large");

        // A step or two either way is where the cohort's key falls in the b-tree, not its size.
        Assert.True(Math.Abs(large - small) <= 2, $"{name}: {large} steps for 400 ambassadors, {small} for 10");
    }

    [Fact]
    public async Task CohortListPage_200OlderCohortsAdded_StepsThroughTheSameRows()
    {
        var before = await StepsAsync(SqliteCohortList.PageSql, null);
        var list = new SqliteCohortList(_database);
        for (var i = 0; i < 200; i++)
        {
            await list.RecordCohortAsync(new CohortListing($"older-{i:D3}", "mobility", 1, "E002", Start.AddDays(-1 - i)));
        }

        // The newest page of 2 is the same two cohorts, read the same way, with 200 more behind it.
        Assert.Equal(before, await StepsAsync(SqliteCohortList.PageSql, null));
    }

    [Fact]
    public async Task ProgressOfCohort_CohortOf400AndOf10_StepsGrowWithTheCohort()
        => Assert.True(await StepsAsync(SqliteCohortProgress.ProgressOfCohortSql, "large") > 10 * await StepsAsync(SqliteCohortProgress.ProgressOfCohortSql, "small"));

    [Fact]
    public async Task HealthSnapshot_CheckInRecordedAfterIt_IsNoLongerReadAndTheVersionMovesOn()
    {
        var snapshots = new SqliteHealthSnapshots(_database);
        var (before, kept) = await snapshots.ReadAsync("small", "basis");
        Assert.NotNull(kept);

        await new SqliteCohortProgress(_database).RecordCheckInAsync("small", "E0001", new CheckInRecord(2, false, 0, null, null, null, Start.AddDays(60)));

        var (after, stale) = await snapshots.ReadAsync("small", "basis");
        Assert.Null(stale);
        Assert.True(after > before);
    }

    /// <summary>Runs <paramref name="sql"/> to its end on a raw statement and returns its VM step count.</summary>
    private async Task<int> StepsAsync(string sql, string? cohort)
    {
        await using var connection = await _database.OpenAsync();
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle, sql, out sqlite3_stmt statement));
        using (statement)
        {
            Bind(statement, "$cohort", cohort ?? string.Empty);
            Bind(statement, "$basis", "basis");
            Bind(statement, "$at", long.MaxValue);
            Bind(statement, "$id", string.Empty);
            Bind(statement, "$limit", 2L);
            Bind(statement, "$after", string.Empty);
            Bind(statement, "$last", "E0001");
            Bind(statement, "$instance", $"{cohort}:journey:E0001");
            Bind(statement, "$now", 0L);
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }

            Assert.Equal(raw.SQLITE_DONE, result);
            return raw.sqlite3_stmt_status(statement, VmSteps, 0);
        }
    }

    private static void Bind(sqlite3_stmt statement, string name, object value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index > 0)
        {
            _ = value is long number ? raw.sqlite3_bind_int64(statement, index, number) : raw.sqlite3_bind_text(statement, index, (string)value);
        }
    }
}
