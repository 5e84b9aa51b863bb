using System.Text;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Privacy;

/// <summary>
/// Erasure on the SQLite stores at the size of a real cohort, its records written straight through
/// the stores (<see cref="GeneratedCohort"/>): in a cohort of 200 nothing of the person is left in the
/// file (its bytes searched, after the log is emptied) nor in what the stores return, and everyone
/// else's stays; and what an erasure reads depends on what names the person, not on how many other
/// people the store holds.
/// </summary>
public sealed class SqliteErasureAtScaleTests
{
    [Fact]
    public async Task Erase_CohortOf200_LeavesNothingOfThePersonInTheFileAndKeepsTheOthers()
    {
        await using var stores = await Stores.WriteAsync(200);
        var person = stores.Cohort.People[57];
        var neighbour = stores.Cohort.People[58];
        Assert.All(person.Identifying, s => Assert.Contains(s.ToLowerInvariant(), stores.FileText(), StringComparison.Ordinal));

        var changed = await stores.EraseAsync(person);

        Assert.True(changed > 0);
        var file = stores.FileText();
        foreach (var needle in person.Identifying)
        {
            var at = file.IndexOf(needle.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.True(at < 0, $"'{needle}' is still in the file: …{(at < 0 ? string.Empty : file.Substring(Math.Max(0, at - 100), 200))}…");
        }

        Assert.All(neighbour.Identifying, s => Assert.Contains(s.ToLowerInvariant(), file, StringComparison.Ordinal));
        var mail = await stores.Outbox.ListAsync(100_000);
        Assert.DoesNotContain(mail, m => m.Message.TextBody.Contains(person.Name, StringComparison.Ordinal) || m.Message.To.Address == person.Email);
        Assert.Contains(mail, m => m.Message.Template == "meeting-invite" && m.Message.To.Address == neighbour.Email && m.Message.TextBody.Contains(neighbour.CheckInText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erase_StoreWith50Or500OtherPeople_ReadsTheSameRows()
    {
        var read = new List<long>();
        foreach (var size in new[] { 51, 501 })
        {
            await using var stores = await Stores.WriteAsync(size);
            await stores.EraseAsync(stores.Cohort.People[3]);
            read.Add(stores.Outbox.RowsErasureRead + stores.Approvals.RowsErasureRead);
        }

        // Her posting invitation, the manager's request naming her, the ten invites of her group, HR's
        // summary; her two requests and the audit line: the same in both stores.
        Assert.True(read[0] is > 10 and < 30, $"rows read: {read[0]}");
        Assert.Equal(read[0], read[1]);
    }

    /// <summary>The stores on one temp file, with a generated cohort written into them.</summary>
    private sealed class Stores : IAsyncDisposable
    {
        private readonly DirectoryInfo _folder;

        private Stores(DirectoryInfo folder, int size)
        {
            _folder = folder;
            Database = new AppDatabase(Path.Combine(folder.FullName, "app.db"));
            Outbox = new SqliteOutbox(Database, new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));
            Approvals = new SqliteApprovalStore(Database);
            Progress = new SqliteCohortProgress(Database);
            Cohort = new GeneratedCohort(size);
        }

        public AppDatabase Database { get; }

        public SqliteOutbox Outbox { get; }

        public SqliteApprovalStore Approvals { get; }

        public SqliteCohortProgress Progress { get; }

        public GeneratedCohort Cohort { get; }

        private IReadOnlyList<IPersonalDataStore> All => [Approvals, Progress, Outbox];

        public static async Task<Stores> WriteAsync(int size)
        {
            var stores = new Stores(Directory.CreateTempSubdirectory("af-erasure-scale-"), size);
            await stores.Cohort.WriteAsync(stores.Outbox, stores.Approvals, stores.Progress);
            return stores;
        }

        public async Task<int> EraseAsync(GeneratedCohort.Member person)
        {
            var subject = await GeneratedCohort.SubjectAsync(person, All);
            var redactor = new Redactor(subject);
            var changed = 0;
            foreach (var store in All)
            {
                changed += await store.EraseAsync(subject, redactor, DateTimeOffset.UnixEpoch, CancellationToken.None);
            }

            Assert.True(await Database.TruncateWalAsync());
            return changed;
        }

        /// <summary>Every byte of the file and its log, lower-cased.</summary>
        public string FileText()
        {
            var text = new StringBuilder();
            foreach (var file in _folder.GetFiles())
            {
                using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                text.Append(Encoding.Latin1.GetString(memory.ToArray())).Append('\n');
            }

            return text.ToString().ToLowerInvariant();
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
