using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Programmes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Privacy;

/// <summary>
/// Erasure on Azure mode's stores: the app's tables and the Durable task hub both on Azurite (local
/// mode pointed at them by settings alone). A journey runs on real time (Azure Storage timers are
/// queue delays, so this one answers every step and needs no timer): the manager approves, Emma
/// accepts and steps down, each in her own words. After HR's erasure request no table, queue or
/// blob of the app or its task hub holds her name, address or words (every entity read, the
/// compressed sent-mail chunks and large-message blobs unpacked).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureErasureTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Emma = "E007";
    private const string ManagerComment = "Azure run: Emma may take the role this year";
    private const string AgreementComment = "Azure run: I accept the time budget gladly";
    private const string StepDownComment = "Azure run: stepping down for a new project";
    private static readonly string[] EmmasData = ["Emma Thompson", "emma.thompson@contoso.example", ManagerComment, AgreementComment, StepDownComment];

    private readonly string _prefix = "er" + Guid.NewGuid().ToString("N")[..8];
    private AppHost _app = null!;

    private string TaskHub => _prefix + "hub";

    public async Task InitializeAsync()
    {
        _app = new AppHost(
            [
                "--AmbassadorFlows:Durable:Backend=AzureStorage",
                $"--AmbassadorFlows:Durable:AzureStorageConnectionString={azurite.ConnectionString}",
                $"--AmbassadorFlows:Durable:TaskHubName={TaskHub}",
                $"--AmbassadorFlows:Tables:ConnectionString={azurite.ConnectionString}",
                $"--AmbassadorFlows:Tables:TablePrefix={_prefix}",
            ],
            configure: null,
            fakeClock: false);
        await _app.InitializeAsync();
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EraseRequest_OnTablesAndAzureStorageTaskHub_LeavesNoNameEmailOrCommentInAnyTableQueueOrBlob()
    {
        var journey = JourneyIds.For("azure-cohort", Emma);
        var programme = (await _app.Services.GetRequiredService<IProgrammeCatalog>().FindAsync("mobility-ambassadors"))!;
        await _app.Client.ScheduleNewOrchestrationInstanceAsync(nameof(AmbassadorJourney), new JourneyInput("azure-cohort", Emma, "E002", programme, DateTime.UtcNow.AddDays(30)), new StartOrchestrationOptions(journey));
        await AnswerAsync("anders.nielsen@contoso.example", "manager-approval-request", "approve", ManagerComment);
        await AnswerAsync("emma.thompson@contoso.example", "agreement-request", "accept", AgreementComment);
        await AnswerAsync("emma.thompson@contoso.example", "welcome", "step-down", StepDownComment);
        await AppHost.EventuallyAsync(
            async () => await _app.Client.GetInstanceAsync(journey) is { RuntimeStatus: OrchestrationRuntimeStatus.Completed } done ? done : null,
            "the journey to complete after stepping down");
        var before = await EverythingAsync();
        Assert.All(EmmasData, s => Assert.Contains(s.ToLowerInvariant(), before, StringComparison.Ordinal)); // the probe sees her data

        using var client = _app.NewClient();
        using var response = await client.PostAsync($"api/people/{Emma}/erasure", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([journey], (await response.Content.ReadFromJsonAsync<ErasureReport>())!.JourneysPurged);
        Assert.Null(await _app.Client.GetInstanceAsync(journey));
        var after = await EverythingAsync();
        foreach (var needle in EmmasData)
        {
            var at = after.IndexOf(needle.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.True(at < 0, $"'{needle}' is still held: …{(at < 0 ? string.Empty : after.Substring(Math.Max(0, at - 200), Math.Min(400, after.Length - Math.Max(0, at - 200))))}…");
        }

        var audit = await _app.Services.GetRequiredService<IApprovalHistory>().ListAuditAsync();
        Assert.Contains(audit, e => e.Action == "erased personal data" && e.Details!.Contains($"employee {Emma}", StringComparison.Ordinal));
    }

    private async Task AnswerAsync(string to, string template, string decision, string comment)
    {
        var log = _app.Services.GetRequiredService<ISentMailLog>();
        var mail = await AppHost.EventuallyAsync(async () => (await log.ListAsync(1000, to)).FirstOrDefault(m => m.Message.Template == template), $"a {template} email");
        using var answered = await _app.AnswerAsync(AppHost.LinkIn(mail), decision, new Dictionary<string, string> { ["comment"] = comment });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    /// <summary>Every entity of the app's tables and the task hub's, every queued message and blob,
    /// lower-cased into one text; gzip content (sent-mail chunks, large messages) unpacked.</summary>
    private async Task<string> EverythingAsync()
    {
        var text = new StringBuilder();
        var tables = new TableServiceClient(azurite.ConnectionString);
        await foreach (var table in tables.QueryAsync())
        {
            if (!table.Name.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var chunks = new MemoryStream();
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                foreach (var (key, value) in entity.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (value is byte[] bytes)
                    {
                        chunks.Write(bytes);
                    }
                    else
                    {
                        text.Append(value).Append('\n');
                    }
                }

                text.Append(Unpacked(chunks.ToArray()));
                chunks.SetLength(0);
            }
        }

        var blobs = new BlobServiceClient(azurite.ConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: _prefix))
        {
            var containerClient = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in containerClient.GetBlobsAsync())
            {
                var content = (await containerClient.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                text.Append(Unpacked(content));
            }
        }

        var queues = new QueueServiceClient(azurite.ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: _prefix))
        {
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
            {
                text.Append(message.Body.ToString());
            }
        }

        return text.ToString().ToLowerInvariant();
    }

    private static string Unpacked(byte[] bytes)
    {
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            bytes = plain.ToArray();
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
