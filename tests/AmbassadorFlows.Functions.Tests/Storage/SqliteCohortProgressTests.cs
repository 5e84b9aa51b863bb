using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The cohort-progress contract against the local SQLite read model, on a temp file.</summary>
public sealed class SqliteCohortProgressTests : CohortProgressContract
{
    private static readonly Lazy<SqliteCohortProgress> Store = new(() =>
        new SqliteCohortProgress(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-tests", $"progress-{Guid.NewGuid():N}.db"))));

    protected override Task<ICohortProgress> CreateStoreAsync() => Task.FromResult<ICohortProgress>(Store.Value);
}
