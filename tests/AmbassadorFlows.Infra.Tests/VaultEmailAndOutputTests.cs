namespace AmbassadorFlows.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class VaultEmailAndOutputTests(CompiledInfra infra)
{
    [Fact]
    public void KeyVault_Compiled_RbacAndPurgeProtectionOn()
    {
        var properties = infra.Template.Single("Microsoft.KeyVault/vaults").Resource["properties"]!;

        Assert.True((bool?)properties["enableRbacAuthorization"]);
        Assert.True((bool?)properties["enablePurgeProtection"]);
        Assert.True((bool?)properties["enableSoftDelete"]);
        Assert.Null(properties["accessPolicies"]);
    }

    [Fact]
    public void KeyVault_Compiled_SigningSecretNotInTemplate()
    {
        // The signing key is seeded out of band; a template-made value would rotate on every deploy.
        Assert.Empty(infra.Template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets"));
        Assert.Equal("approval-signing-key", (string?)infra.Template.Root["parameters"]?["signingKeySecretName"]?["defaultValue"]);
    }

    [Fact]
    public void CommunicationService_Compiled_LocalAuthDisabledAndDomainLinked()
    {
        var (acsModule, acs) = infra.Template.Single("Microsoft.Communication/communicationServices");

        Assert.True((bool?)acs["properties"]?["disableLocalAuth"]);
        Assert.Equal("[parameters('dataLocation')]", (string?)acs["properties"]?["dataLocation"]);
        Assert.Contains("'AzureManagedDomain')", (string?)acs["properties"]?["linkedDomains"], StringComparison.Ordinal);
        Assert.Equal("global", (string?)acs["location"]);

        var (_, email) = infra.Template.Single("Microsoft.Communication/emailServices");
        Assert.Equal("[parameters('dataLocation')]", (string?)email["properties"]?["dataLocation"]);
        Assert.StartsWith("[format('https://{0}', reference(resourceId('Microsoft.Communication/communicationServices'", (string?)acsModule.Root["outputs"]?["endpoint"]?["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void EmailDomain_Default_AzureManagedWithoutTracking()
    {
        var domains = infra.Template.ResourcesOfType("Microsoft.Communication/emailServices/domains");
        var managed = Assert.Single(domains, d => (string?)d.Resource["condition"] is null).Resource;
        var custom = Assert.Single(domains, d => (string?)d.Resource["condition"] is not null).Resource;

        Assert.EndsWith("'AzureManagedDomain')]", (string?)managed["name"], StringComparison.Ordinal);
        Assert.Equal("AzureManaged", (string?)managed["properties"]?["domainManagement"]);
        Assert.Equal("Disabled", (string?)managed["properties"]?["userEngagementTracking"]);
        Assert.Equal("CustomerManaged", (string?)custom["properties"]?["domainManagement"]);
        Assert.Equal("", (string?)infra.Template.Root["parameters"]?["customEmailDomainName"]?["defaultValue"]);
    }

    [Fact]
    public void Outputs_Main_EverythingDeployScriptsNeed()
    {
        var outputs = infra.Template.Root["outputs"]!.AsObject();
        string[] expected =
        [
            "AZURE_RESOURCE_GROUP", "FUNCTION_APP_NAME", "APP_URL", "STORAGE_ACCOUNT_NAME", "DEPLOYMENT_CONTAINER_NAME",
            "MANAGED_IDENTITY_CLIENT_ID", "KEY_VAULT_NAME", "KEY_VAULT_URI", "ACS_ENDPOINT", "EMAIL_SENDER_ADDRESS",
        ];

        Assert.All(expected, name => Assert.True(outputs.ContainsKey(name), $"missing output {name}"));
        Assert.Equal("[resourceGroup().name]", (string?)outputs["AZURE_RESOURCE_GROUP"]?["value"]);
        Assert.Contains("'functionapp'), '2025-04-01').outputs.name.value", (string?)outputs["FUNCTION_APP_NAME"]?["value"], StringComparison.Ordinal);
        Assert.Contains("'identity'), '2025-04-01').outputs.clientId.value", (string?)outputs["MANAGED_IDENTITY_CLIENT_ID"]?["value"], StringComparison.Ordinal);
        Assert.Contains("'storage'), '2025-04-01').outputs.deploymentContainerName.value", (string?)outputs["DEPLOYMENT_CONTAINER_NAME"]?["value"], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.NotEqual("securestring", (string?)o.Value?["type"], StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Resources_All_TaggedWithEnvironment()
    {
        var allTags = infra.Template.Variable("allTags").ToJsonString();
        Assert.Contains("azd-env-name", allTags, StringComparison.Ordinal);

        var taggable = infra.Template.AllResources()
            .Where(x => (string?)x.Resource["type"] is { } type
                && !type.StartsWith("Microsoft.Resources/", StringComparison.Ordinal)
                && !type.StartsWith("Microsoft.Authorization/", StringComparison.Ordinal)
                && type.Count(c => c == '/') == 1)
            .ToList();

        Assert.NotEmpty(taggable);
        Assert.All(taggable, x => Assert.Contains("parameters('tags')", (string?)x.Resource["tags"] ?? "", StringComparison.Ordinal));
    }
}
