using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The programme-store contract on the app's SQLite file (a temp file).</summary>
public sealed class SqliteProgrammeStoreTests : ProgrammeStoreContract
{
    private static readonly Lazy<SqliteProgrammeStore> Store = new(() => new SqliteProgrammeStore(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-tests", Guid.NewGuid().ToString("N") + ".db"))));

    protected override Task<IProgrammeStore> CreateStoreAsync() => Task.FromResult<IProgrammeStore>(Store.Value);
}
