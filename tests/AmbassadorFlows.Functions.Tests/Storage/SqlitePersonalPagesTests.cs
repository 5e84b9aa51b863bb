using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The personal page store contract on the app's SQLite file.</summary>
public sealed class SqlitePersonalPagesTests : PersonalPageStoreContract
{
    protected override Task<(IPersonalPageStore Store, IPersonalDataStore Data)> CreateAsync()
    {
        var store = new SqlitePersonalPages(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-personal-" + Guid.NewGuid().ToString("N") + ".db")));
        return Task.FromResult<(IPersonalPageStore, IPersonalDataStore)>((store, store));
    }
}
