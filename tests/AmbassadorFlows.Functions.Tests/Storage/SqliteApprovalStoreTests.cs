using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The shared approval-store contract against the local SQLite store, on a temp file.</summary>
public sealed class SqliteApprovalStoreTests : ApprovalStoreContract
{
    private static readonly Lazy<SqliteApprovalStore> Store = new(() =>
        new SqliteApprovalStore(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-tests", $"approvals-{Guid.NewGuid():N}.db"))));

    protected override Task<IApprovalStore> CreateStoreAsync() => Task.FromResult<IApprovalStore>(Store.Value);
}
