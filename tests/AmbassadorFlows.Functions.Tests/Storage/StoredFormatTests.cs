using System.Net;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// The app's database as earlier code wrote it (checked in under <c>Storage/Formats/&lt;when&gt;/</c>:
/// the sample cohort with a journey past the manager's approval and the agreement, HR's draft) is
/// read and written by the current stores: approvals with their decisions and details, read-model
/// rows, programme versions and drafts, the outbox. New fields must be optional with defaults and
/// every schema change a migration, or this fails. Recorded on request with
/// <c>AMBASSADORFLOWS_RECORD_FIXTURES=1 dotnet test tests/AmbassadorFlows.Functions.Tests --filter FullyQualifiedName~StoredFormat</c>.
/// </summary>
public sealed class StoredFormatTests
{
    private const string Recorded = "2026-12";

    public static TheoryData<string> Formats()
        => [.. Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Storage", "Formats")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Stores_DatabaseWrittenByEarlierCode_ReadAndWriteIt(string format)
    {
        var folder = Directory.CreateTempSubdirectory("af-format-");
        try
        {
            var file = Path.Combine(folder.FullName, "ambassadorflows-app.db");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Formats", format, "ambassadorflows-app.db"), file);
            var database = new AppDatabase(file, pooling: false);
            var approvals = new SqliteApprovalStore(database);
            var progress = new SqliteCohortProgress(database);
            var programmes = new SqliteProgrammeStore(database);
            var outbox = new SqliteOutbox(database, new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));

            var all = await approvals.ListAllAsync();
            var manager = Assert.Single(all, a => a.Kind == "manager-approval");
            Assert.Equal(Decisions.Approve, manager.Decision?.Decision);
            var agreement = Assert.Single(all, a => a.Kind == "agreement");
            Assert.Equal(Decisions.Accept, agreement.Decision?.Decision);
            Assert.Contains("mobility-ambassadors", agreement.DetailsJson, StringComparison.Ordinal);
            var cohortId = manager.InstanceId[..manager.InstanceId.IndexOf(":journey:", StringComparison.Ordinal)];
            var row = Assert.Single(await progress.GetCohortAsync(cohortId));
            Assert.Equal(("E012", AmbassadorStep.Training), (row.EmployeeId, row.Step));
            Assert.Equal(["mobility-ambassadors", "work-community-ambassadors"], (await programmes.ListVersionsAsync(null, CancellationToken.None)).Select(p => p.Programme.Id).Order(StringComparer.Ordinal));
            Assert.NotNull(await programmes.GetDraftAsync("mobility-ambassadors", CancellationToken.None));
            Assert.Contains(await outbox.ListAsync(), m => m.Message.Template == "agreement-request");
            Assert.NotEmpty(await approvals.ListAuditAsync());

            // And the current code writes into it.
            var next = manager with { ApprovalId = $"{manager.ApprovalId}:format-test", Decision = null };
            await approvals.CreateAsync(next);
            Assert.True((await approvals.TryDecideAsync(new ApprovalDecision(next.ApprovalId, Decisions.Approve, next.AssigneeId, DateTimeOffset.UnixEpoch))).RecordedNow);
            await progress.RecordStepAsync(new AmbassadorStepChange(cohortId, row.EmployeeId, row.JourneyInstanceId, AmbassadorStep.Active, row.Since.AddDays(30), row.Term, null, row.AgreementVersion));
            Assert.Equal(AmbassadorStep.Active, Assert.Single(await progress.GetCohortAsync(cohortId)).Step);
            await progress.RecordCheckInAsync(cohortId, row.EmployeeId, new CheckInRecord(1, false, 0, null, null, null, row.Since.AddDays(31)) { NoTime = true });
            Assert.True(Assert.Single(Assert.Single(await progress.GetCohortAsync(cohortId)).CheckIns).NoTime);
            var handed = manager with { ApprovalId = $"{manager.ApprovalId}:format-hand-over", Decision = null };
            await approvals.CreateAsync(handed);
            Assert.True((await approvals.TryReassignAsync(handed.ApprovalId, handed.AssigneeId, "E014", "koen.vermeulen@contoso.example"))!.Value.Changed);
            Assert.True(await approvals.WasHandedFromAsync(handed.ApprovalId, handed.AssigneeId));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [RecordingFact]
    public async Task Record_AppDatabase_WritesTheCurrentCodesFormat()
    {
        await using var app = new AppHost();
        await app.InitializeAsync();
        await app.StartJourneysAsync("E012");
        using (var approved = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync("E009", "manager-approval-request")), Decisions.Approve))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using (var accepted = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync("E012", "agreement-request")), Decisions.Accept))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await app.WaitForEmailAsync("E012", "training-assigned");
        var store = app.Services.GetRequiredService<SqliteProgrammeStore>();
        var published = (await store.ListVersionsAsync("mobility-ambassadors", CancellationToken.None)).Single();
        await store.SaveDraftAsync(new ProgrammeDraft(published.Programme with { Version = 2 }, app.Clock.GetUtcNow(), "E002"), CancellationToken.None);
        await app.Services.GetRequiredService<AppDatabase>().TruncateWalAsync();

        var target = Path.Combine(AzuriteFixture.RepositoryRoot(), "tests", "AmbassadorFlows.Functions.Tests", "Storage", "Formats", Recorded);
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(app.DataPath, "ambassadorflows-app.db"), Path.Combine(target, "ambassadorflows-app.db"), overwrite: true);
    }
}
