using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The dry-run store contract in the app's SQLite file.</summary>
public sealed class SqliteDryRunStoreTests : DryRunStoreContract
{
    protected override Task<IDryRunStore> CreateAsync()
        => Task.FromResult<IDryRunStore>(new SqliteDryRunStore(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-dry-runs-" + Guid.NewGuid().ToString("N") + ".db"))));
}
