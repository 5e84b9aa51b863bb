using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The cohort-progress contract against the local SQLite read model, on a temp file.</summary>
public sealed class SqliteCohortProgressTests : CohortProgressContract
{
    private static readonly Lazy<SqliteCohortProgress> Store = new(() => new SqliteCohortProgress(new AppDatabase(TempFile())));

    protected override Task<ICohortProgress> CreateStoreAsync() => Task.FromResult<ICohortProgress>(Store.Value);

    [Fact]
    public async Task AppDatabase_FileFromBeforeHoursInvalid_AddsTheColumnAndKeepsOldCheckInsValid()
    {
        var path = TempFile();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE check_ins (
                    cohort_id TEXT NOT NULL, employee_id TEXT NOT NULL, month INTEGER NOT NULL, attended INTEGER NOT NULL,
                    hours REAL NOT NULL, successes TEXT, challenges TEXT, asks TEXT, submitted_at INTEGER NOT NULL,
                    PRIMARY KEY (cohort_id, employee_id, month));
                INSERT INTO check_ins (cohort_id, employee_id, month, attended, hours, submitted_at) VALUES ('c1', 'E010', 1, 1, 2.5, 1000);
                """;
            command.ExecuteNonQuery();
        }

        var store = new SqliteCohortProgress(new AppDatabase(path, pooling: false));
        await store.RecordStepAsync(new AmbassadorStepChange("c1", "E010", "j-1", AmbassadorStep.Active, Now));
        await store.RecordCheckInAsync("c1", "E010", new CheckInRecord(2, true, 0, null, null, null, Now) { HoursInvalid = true });

        var checkIns = Assert.Single(await store.GetCohortAsync("c1")).CheckIns;
        Assert.Equal([(1, 2.5, false), (2, 0.0, true)], checkIns.Select(c => (c.Month, c.HoursSpent, c.HoursInvalid)));
    }

    private static string TempFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "af-tests")).FullName;
        return Path.Combine(folder, $"progress-{Guid.NewGuid():N}.db");
    }
}
