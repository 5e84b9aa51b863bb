using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The shared approval-store contract against the local SQLite store, on a temp file.</summary>
public sealed class SqliteApprovalStoreTests : ApprovalStoreContract
{
    private static readonly Lazy<SqliteApprovalStore> Store = new(() =>
        new SqliteApprovalStore(new AppDatabase(TempFile())));

    protected override Task<IApprovalStore> CreateStoreAsync() => Task.FromResult<IApprovalStore>(Store.Value);

    [Fact]
    public async Task AppDatabase_FileFromBeforeDeliveryTracking_CountsItsDecisionsAsDelivered()
    {
        var path = TempFile();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE approvals (
                    approval_id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, event_name TEXT NOT NULL, kind TEXT NOT NULL,
                    assignee_id TEXT NOT NULL, assignee_email TEXT NOT NULL, options TEXT NOT NULL, created_at INTEGER NOT NULL,
                    expires_at INTEGER NOT NULL, details_json TEXT, decision TEXT, decided_by TEXT, decided_at INTEGER,
                    comment TEXT, data_json TEXT, closed_reason TEXT, closed_at INTEGER);
                INSERT INTO approvals (approval_id, instance_id, event_name, kind, assignee_id, assignee_email, options, created_at, expires_at, decision, decided_by, decided_at)
                VALUES ('old-decided', 'c1', 'Application', 'application', 'E1', 'e1@example.com', '["apply"]', 1000, 2000, 'apply', 'e1@example.com', 1500),
                       ('old-open', 'c1', 'Application', 'application', 'E2', 'e2@example.com', '["apply"]', 1000, 2000, NULL, NULL, NULL);
                """;
            command.ExecuteNonQuery();
        }

        var store = new SqliteApprovalStore(new AppDatabase(path, pooling: false));
        var decided = await store.GetAsync("old-decided");
        await store.TryDecideAsync(new ApprovalDecision("old-open", "apply", "e2@example.com", DateTimeOffset.FromUnixTimeMilliseconds(1600)));

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1500), decided!.Decision!.DeliveredAt);
        var owed = await store.ListUndeliveredAsync(DateTimeOffset.FromUnixTimeMilliseconds(5000));
        Assert.Equal(["old-open"], owed.Select(a => a.ApprovalId));
    }

    private static string TempFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "af-tests")).FullName;
        return Path.Combine(folder, $"approvals-{Guid.NewGuid():N}.db");
    }
}
