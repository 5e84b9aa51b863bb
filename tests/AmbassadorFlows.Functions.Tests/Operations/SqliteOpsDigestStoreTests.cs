using AmbassadorFlows.Functions.Operations;
using AmbassadorFlows.Functions.Storage.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Tests.Operations;

/// <summary>The digest's store on a real SQLite file; two stores on one file stand for two processes.</summary>
public sealed class SqliteOpsDigestStoreTests : OpsDigestStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("af-ops-").FullName;

    private string FilePath => Path.Combine(_folder, "app.db");

    protected override Task<Backend> CreateAsync(Workflows.Ports.IEmailSender relay)
    {
        var database = new AppDatabase(FilePath, pooling: false);
        var other = new AppDatabase(FilePath, pooling: false);
        return Task.FromResult(new Backend(
            new SqliteOpsDigestStore(database),
            new SqliteOpsDigestStore(other),
            new SqliteApprovalStore(database),
            new SqliteOutbox(database, Clock, relay)));
    }

    [Theory]
    [InlineData(SqliteOpsDigestStore.OverdueSql, "approvals_open_by_deadline")]
    [InlineData(SqliteOpsDigestStore.MailFailuresSql, "outbox_relay_failed")]
    public async Task Query_Plan_WalksItsPartialIndexNotTheTable(string sql, string index)
    {
        var backend = await CreateAsync(new RefusingRelay());
        await backend.Store.ListOverdueAsync(Clock.GetUtcNow(), 1); // creates the digest's schema
        var database = new AppDatabase(FilePath, pooling: false);
        await using var connection = await database.OpenAsync();
        await using var explain = Command(connection, "EXPLAIN QUERY PLAN " + sql, ("$now", 0L), ("$from", 0L), ("$to", 0L), ("$limit", 10));
        await using var reader = await explain.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal) && !step.Contains("USING INDEX", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder; a handle still closing.
        }
    }
}
