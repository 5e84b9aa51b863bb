using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The mentions index on Azure Tables (Azurite): a record's mentions are written together in its
/// partition, found again by each key, and written twice or forgotten twice without harm.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableMentionsTests(AzuriteFixture azurite)
{
    private readonly string _prefix = "m" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task RecordAsync_MailNaming150Addresses_KeepsEveryMentionInTheRecordsPartition()
    {
        var mentions = new TableMentions(Service, _prefix);
        var addresses = Enumerable.Range(0, 150).Select(i => $"person{i}@contoso.example").ToList();

        await mentions.RecordAsync(TableMentions.Outbox, "mail-1", MentionKeys.InMail(Mail("mail-1", addresses)), CancellationToken.None);

        var entities = await MentionEntitiesAsync();
        Assert.True(entities.Count > 150, $"only {entities.Count} mentions were written");
        Assert.All(entities, e => Assert.Equal(TableMentions.Partition(TableMentions.Outbox, "mail-1"), e.PartitionKey));
        foreach (var address in addresses)
        {
            Assert.Equal(new[] { "mail-1" }, await mentions.RowsAsync([MentionKeys.Address(address)], TableMentions.Outbox, CancellationToken.None));
        }
    }

    [Fact]
    public async Task RecordAsync_SameRecordTwice_LeavesOneEntityPerKey()
    {
        var mentions = new TableMentions(Service, _prefix);
        var found = MentionKeys.InMail(Mail("mail-1", ["ann@contoso.example", "bo@contoso.example"]));
        await mentions.RecordAsync(TableMentions.Outbox, "mail-1", found, CancellationToken.None);
        var once = (await MentionEntitiesAsync()).Select(e => e.RowKey).Order(StringComparer.Ordinal).ToList();

        await new TableMentions(Service, _prefix).RecordAsync(TableMentions.Outbox, "mail-1", found, CancellationToken.None);

        Assert.Equal(once, (await MentionEntitiesAsync()).Select(e => e.RowKey).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ForgetAsync_OnePersonsKeysTwice_RemovesOnlyTheirMentions()
    {
        var mentions = new TableMentions(Service, _prefix);
        // Records spread over several partitions, each naming Ann; Bo is named by the first only.
        var rows = Enumerable.Range(0, 12).Select(i => $"mail-{i}").ToList();
        foreach (var row in rows)
        {
            string[] to = row == "mail-0" ? ["ann@contoso.example", "bo@contoso.example"] : ["ann@contoso.example"];
            await mentions.RecordAsync(TableMentions.Outbox, row, MentionKeys.InMail(Mail(row, to)), CancellationToken.None);
        }

        Assert.True(rows.Select(r => TableMentions.Partition(TableMentions.Outbox, r)).Distinct().Count() > 1);
        string[] ann = [MentionKeys.Address("ann@contoso.example")];
        Assert.Equal(rows.Order(StringComparer.Ordinal), await mentions.RowsAsync(ann, TableMentions.Outbox, CancellationToken.None));

        await mentions.ForgetAsync(ann, TableMentions.Outbox, [], CancellationToken.None);
        await mentions.ForgetAsync(ann, TableMentions.Outbox, [], CancellationToken.None);

        Assert.Empty(await mentions.RowsAsync(ann, TableMentions.Outbox, CancellationToken.None));
        Assert.Equal(new[] { "mail-0" }, await mentions.RowsAsync([MentionKeys.Address("bo@contoso.example")], TableMentions.Outbox, CancellationToken.None));
    }

    private TableServiceClient Service => new(azurite.ConnectionString);

    private static EmailMessage Mail(string id, IReadOnlyList<string> addresses)
        => new(id, new EmailAddress(addresses[0]), "Monthly meeting", "<p>See the attendees.</p>", "Attendees:\n" + string.Join("\n", addresses));

    private async Task<List<TableEntity>> MentionEntitiesAsync()
    {
        var table = Service.GetTableClient(_prefix + "Mentions");
        var entities = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ne {"names"} and PartitionKey ne {"meta"}")))
        {
            entities.Add(entity);
        }

        return entities;
    }
}
