using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Privacy;

/// <summary>
/// Erasure on Azure mode's table stores (Azurite) in a generated cohort of 200
/// (<see cref="GeneratedCohort"/>): afterwards no entity of any of the app's tables — the mentions
/// index included, the sent-mail chunks unpacked — holds the person's name, address or words, and the
/// neighbour's stay.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableErasureAtScaleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Erase_CohortOf200_LeavesNothingOfThePersonInAnyTable()
    {
        var prefix = "es" + Guid.NewGuid().ToString("N")[..8];
        var service = new TableServiceClient(azurite.ConnectionString);
        var mail = new TableSentMailLog(service, new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)), null, prefix);
        var approvals = new TableApprovalStore(service, prefix);
        var progress = new TableCohortProgress(service, prefix);
        var cohort = new GeneratedCohort(200);
        await cohort.WriteAsync(mail, approvals, progress);
        var person = cohort.People[57];
        var neighbour = cohort.People[58];
        var before = await Everything(service, prefix);
        Assert.All(person.Identifying, s => Assert.Contains(s.ToLowerInvariant(), before, StringComparison.Ordinal));

        IReadOnlyList<IPersonalDataStore> stores = [approvals, progress, mail];
        var subject = await GeneratedCohort.SubjectAsync(person, stores);
        var redactor = new Redactor(subject);
        foreach (var store in stores)
        {
            await store.EraseAsync(subject, redactor, DateTimeOffset.UnixEpoch, CancellationToken.None);
        }

        var after = await Everything(service, prefix);
        foreach (var needle in person.Identifying)
        {
            var at = after.IndexOf(needle.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.True(at < 0, $"'{needle}' is still held: …{(at < 0 ? string.Empty : after.Substring(Math.Max(0, at - 100), 200))}…");
        }

        Assert.All(neighbour.Identifying, s => Assert.Contains(s.ToLowerInvariant(), after, StringComparison.Ordinal));
    }

    /// <summary>Every property of every entity of the tables with the prefix, the sent-mail chunks
    /// unzipped and their JSON decoded (attachments, base64 there, too), lower-cased.</summary>
    private static async Task<string> Everything(TableServiceClient service, string prefix)
    {
        var text = new StringBuilder();
        await foreach (var table in service.QueryAsync(filter: $"TableName ge '{prefix}' and TableName lt '{prefix}~'"))
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                using var content = new MemoryStream();
                foreach (var (key, value) in entity.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (value is byte[] bytes && key.StartsWith("Content", StringComparison.Ordinal))
                    {
                        content.Write(bytes);
                    }
                    else
                    {
                        text.Append(key).Append('=').Append(value).Append('\n');
                    }
                }

                if (content.Length > 0)
                {
                    content.Position = 0;
                    await using var gzip = new GZipStream(content, CompressionMode.Decompress);
                    using var document = await JsonDocument.ParseAsync(gzip);
                    Walk(document.RootElement, null, text);
                }
            }
        }

        return text.ToString().ToLowerInvariant();
    }

    private static void Walk(JsonElement element, string? name, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when name == "content":
                text.Append(Encoding.UTF8.GetString(element.GetBytesFromBase64()).Replace("\r\n ", string.Empty, StringComparison.Ordinal)).Append('\n');
                break;
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, name, text);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, property.Name, text);
                }

                break;
        }
    }
}
