using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>
/// The repository's host.json (deployed with the app) names app settings; the template must deploy them,
/// so a rename on either side fails here rather than at the first start in Azure.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed partial class HostJsonContractTests(CompiledInfra infra)
{
    private JsonObject CommonSettings => infra.Template.Module("appsettings").Variable("commonSettings").AsObject();

    private static JsonNode DurableTask
    {
        get
        {
            var path = Path.Combine(Path.GetDirectoryName(BicepCli.InfraDirectory)!, "host.json");
            var host = JsonNode.Parse(
                File.ReadAllText(path),
                documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
            return host["extensions"]?["durableTask"] ?? throw new InvalidOperationException($"{path} has no extensions.durableTask.");
        }
    }

    [Fact]
    public void HostJson_DurableHubName_EverySettingItNamesIsDeployed()
    {
        var hubName = (string?)DurableTask["hubName"] ?? "";
        var referenced = SettingReference().Matches(hubName).Select(m => m.Groups[1].Value).ToList();

        // A literal hub name would silently ignore the template's taskHubName.
        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.True(CommonSettings.ContainsKey(name), $"host.json hubName uses %{name}%, which the template does not set"));
    }

    [Fact]
    public void HostJson_DurableStorageConnection_IdentityBasedSettingsDeployed()
    {
        var provider = DurableTask["storageProvider"];
        var type = (string?)provider?["type"] ?? "AzureStorage";
        Assert.Equal("AzureStorage", type, ignoreCase: true);

        // The Durable extension defaults to the host's connection when none is named.
        var connection = (string?)provider?["connectionName"] ?? (string?)provider?["connectionStringName"] ?? "AzureWebJobsStorage";

        Assert.Equal("managedidentity", (string?)CommonSettings[$"{connection}__credential"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)CommonSettings[$"{connection}__clientId"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.True(CommonSettings.ContainsKey($"{connection}__{service}ServiceUri"), $"{connection}__{service}ServiceUri missing");
        }

        // A setting with the bare name would be read as a (key-bearing) connection string.
        Assert.False(CommonSettings.ContainsKey(connection), $"{connection} must not be set as a connection string");
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
