using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The claims contract on the app's SQLite file.</summary>
public sealed class SqliteWorkClaimsTests : WorkClaimsContract
{
    protected override Task<IWorkClaims> CreateClaimsAsync()
        => Task.FromResult<IWorkClaims>(new SqliteWorkClaims(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-claims-" + Guid.NewGuid().ToString("N") + ".db")), Clock));
}
