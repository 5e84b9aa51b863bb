using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The cohort-list contract on the app's SQLite file.</summary>
public sealed class SqliteCohortListTests : CohortListContract
{
    private readonly AppDatabase _database = new(Path.Combine(Path.GetTempPath(), "af-tests", $"cohorts-{Guid.NewGuid():N}.db"));

    protected override Task<ICohortList> CreateListAsync() => Task.FromResult<ICohortList>(new SqliteCohortList(_database));

    protected override Task<(ICohortProgress Progress, IProgressCounts Counts)> CreateProgressAsync()
    {
        var store = new SqliteCohortProgress(_database);
        return Task.FromResult<(ICohortProgress, IProgressCounts)>((store, store));
    }
}
