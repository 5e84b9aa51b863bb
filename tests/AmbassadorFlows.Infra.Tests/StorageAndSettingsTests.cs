using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class StorageAndSettingsTests(CompiledInfra infra)
{
    // Ways a storage key or key-bearing connection string could reach the app.
    private static readonly string[] KeyMarkers =
    [
        "listKeys", "listAccountSas", "listServiceSas", "AccountKey", "SharedAccessSignature",
        "DefaultEndpointsProtocol", "StorageAccountConnectionString",
    ];

    private JsonObject Storage => infra.Template.Single("Microsoft.Storage/storageAccounts").Resource;

    private ArmTemplate SettingsModule => infra.Template.Module("appsettings");

    private JsonObject CommonSettings => SettingsModule.Variable("commonSettings").AsObject();

    private JsonObject PremiumOnlySettings => SettingsModule.Variable("premiumOnlySettings").AsObject();

    [Fact]
    public void StorageAccount_Compiled_SharedKeyAccessDisabled()
    {
        Assert.False((bool?)Storage["properties"]?["allowSharedKeyAccess"] ?? true);
        Assert.True((bool?)Storage["properties"]?["defaultToOAuthAuthentication"]);
    }

    [Fact]
    public void StorageAccount_Compiled_HttpsOnlyTls12NoPublicBlobs()
    {
        var properties = Storage["properties"]!;

        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"] ?? true);
    }

    [Fact]
    public void StorageAccount_Compiled_PrivateDeploymentContainer()
    {
        var (_, container) = infra.Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("None", (string?)container["properties"]?["publicAccess"]);
        Assert.Contains("variables('deploymentContainerName')", infra.Template.Module("storage").PassedParameter("deploymentContainerName"), StringComparison.Ordinal);
        Assert.StartsWith("[format('app-package-", (string?)infra.Template.Variable("deploymentContainerName"), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_CompiledAndSources_NoStorageKeysAnywhere()
    {
        // The compiled template and parameters, and every infra source (a key could hide in an unused branch).
        var texts = Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep*", SearchOption.AllDirectories)
            .Append(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"))
            .Select(f => (Name: Path.GetRelativePath(BicepCli.InfraDirectory, f), Text: File.ReadAllText(f)))
            .Append((Name: "main.json", Text: infra.Template.Root.ToJsonString()))
            .Append((Name: "main.parameters.json", Text: infra.Parameters.ToJsonString()))
            .ToList();

        Assert.Contains(texts, t => t.Name == Path.Combine("modules", "appsettings.bicep"));
        foreach (var (name, text) in texts)
        {
            foreach (var marker in KeyMarkers)
            {
                Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{name} contains {marker}");
            }
        }
    }

    [Fact]
    public void AppSettings_Compiled_HostHomepageDisabled()
    {
        // The host's default home page would answer any request to / (a POST too) beside our routes.
        Assert.Equal("true", (string?)CommonSettings["AzureWebJobsDisableHomepage"]);
    }

    [Fact]
    public void AppSettings_TaskHubName_FromTheTemplateParameter()
    {
        // host.json names the hub %TASKHUB_NAME%; the value is the deployment's taskHubName.
        Assert.Equal("[parameters('taskHubName')]", (string?)CommonSettings["TASKHUB_NAME"]);
        Assert.Equal("[parameters('taskHubName')]", SettingsModule.PassedParameter("taskHubName"));
        Assert.Equal("ambassadorflows", (string?)infra.Template.Root["parameters"]?["taskHubName"]?["defaultValue"]);
        Assert.Equal("ambassadorflows", (string?)infra.Parameters["taskHubName"]?["value"]);
    }

    [Fact]
    public void Template_Compiled_NoCustomHandlerRemnants()
    {
        // The custom handler's runtime ('custom') and its FUNCTIONS_CUSTOMHANDLER_* settings are gone for good.
        var text = infra.Template.Root.ToJsonString();
        Assert.DoesNotContain("customhandler", text, StringComparison.OrdinalIgnoreCase);

        var customValues = Strings(infra.Template.Root).Where(v => string.Equals(v, "custom", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(customValues);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    [Fact]
    public void AppSettings_Compiled_NoKeysOrConnectionStrings()
    {
        var settings = CommonSettings.Concat(PremiumOnlySettings).ToList();

        Assert.NotEmpty(settings);
        foreach (var (name, value) in settings)
        {
            var text = value?.ToJsonString() ?? "";
            foreach (var marker in KeyMarkers)
            {
                Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{name} contains {marker}");
            }
        }

        // A plain AzureWebJobsStorage or an Azure Files content share can only hold a key-based connection string.
        Assert.DoesNotContain(settings, s => s.Key is "AzureWebJobsStorage" or "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING" or "WEBSITE_CONTENTSHARE");
        Assert.DoesNotContain(settings, s => s.Key.Contains("InstrumentationKey", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AppSettings_Compiled_IdentityBasedHostStorage()
    {
        Assert.Equal("managedidentity", (string?)CommonSettings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)CommonSettings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("[parameters('blobEndpoint')]", (string?)CommonSettings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("[parameters('queueEndpoint')]", (string?)CommonSettings["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("[parameters('tableEndpoint')]", (string?)CommonSettings["AzureWebJobsStorage__tableServiceUri"]);

        // ...and those parameters are wired to the real identity and storage account.
        Assert.Contains("'identity'), '2025-04-01').outputs.clientId.value", SettingsModule.PassedParameter("identityClientId"), StringComparison.Ordinal);
        Assert.Contains("'storage'), '2025-04-01').outputs.blobEndpoint.value", SettingsModule.PassedParameter("blobEndpoint"), StringComparison.Ordinal);
        Assert.Contains("'storage'), '2025-04-01').outputs.queueEndpoint.value", SettingsModule.PassedParameter("queueEndpoint"), StringComparison.Ordinal);
        Assert.Contains("'storage'), '2025-04-01').outputs.tableEndpoint.value", SettingsModule.PassedParameter("tableEndpoint"), StringComparison.Ordinal);
        var storageOutputs = infra.Template.Module("storage").Root["outputs"]!;
        Assert.Contains("primaryEndpoints.queue", (string?)storageOutputs["queueEndpoint"]?["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_Compiled_AppInsightsConnectionThroughSettings()
    {
        Assert.Equal("[parameters('appInsightsConnectionString')]", (string?)CommonSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", (string?)CommonSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Contains("'monitoring'), '2025-04-01').outputs.appInsightsConnectionString.value", SettingsModule.PassedParameter("appInsightsConnectionString"), StringComparison.Ordinal);

        var monitoring = infra.Template.Module("monitoring");
        Assert.Equal(
            "[reference(resourceId('Microsoft.Insights/components', parameters('appInsightsName')), '2020-02-02').ConnectionString]",
            (string?)monitoring.Root["outputs"]?["appInsightsConnectionString"]?["value"]);
        var (_, component) = infra.Template.Single("Microsoft.Insights/components");
        Assert.True((bool?)component["properties"]?["DisableLocalAuth"]);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)component["properties"]?["WorkspaceResourceId"], StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_Compiled_SettingsTheCodeReads()
    {
        Assert.Equal("[parameters('taskHubName')]", (string?)CommonSettings["TASKHUB_NAME"]);
        Assert.Equal("Acs", (string?)CommonSettings["Email__Provider"]);
        Assert.Equal("[parameters('acsEndpoint')]", (string?)CommonSettings["Email__Acs__Endpoint"]);
        Assert.Equal("[parameters('senderAddress')]", (string?)CommonSettings["Email__Sender"]);
        Assert.Equal("[parameters('publicBaseUrl')]", (string?)CommonSettings["AmbassadorFlows__PublicBaseUrl"]);
        Assert.Equal("[parameters('signingKeyId')]", (string?)CommonSettings["AmbassadorFlows__ActiveSigningKeyId"]);
        Assert.Equal("[if(parameters('graphEnabled'), 'true', 'false')]", (string?)CommonSettings["Graph__Enabled"]);

        Assert.Contains("'communication'), '2025-04-01').outputs.endpoint.value", SettingsModule.PassedParameter("acsEndpoint"), StringComparison.Ordinal);
        Assert.Contains("'communication'), '2025-04-01').outputs.senderAddress.value", SettingsModule.PassedParameter("senderAddress"), StringComparison.Ordinal);
        Assert.Contains("'keyvault'), '2025-04-01').outputs.uri.value", SettingsModule.PassedParameter("keyVaultUri"), StringComparison.Ordinal);
        // Empty publicBaseUrl falls back to the site's own host name.
        Assert.Contains("outputs.defaultHostName.value", SettingsModule.PassedParameter("publicBaseUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_SigningKey_IsAKeyVaultReferenceToTheSeededSecret()
    {
        // The app reads AmbassadorFlows:SigningKeys:{id}; the platform resolves the reference before start.
        var name = "[format('AmbassadorFlows__SigningKeys__{0}', parameters('signingKeyId'))]";
        Assert.True(CommonSettings.ContainsKey(name), $"missing {name}");
        Assert.Equal(
            "[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)', parameters('keyVaultUri'), parameters('signingKeySecretName'))]",
            (string?)CommonSettings[name]);
        Assert.Contains("'keyvault'), '2025-04-01').outputs.uri.value", SettingsModule.PassedParameter("keyVaultUri"), StringComparison.Ordinal);
        Assert.Equal("[parameters('signingKeySecretName')]", SettingsModule.PassedParameter("signingKeySecretName"));
        Assert.Equal("[parameters('signingKeyId')]", SettingsModule.PassedParameter("signingKeyId"));
        Assert.Equal("k1", (string?)infra.Template.Root["parameters"]?["signingKeyId"]?["defaultValue"]);
    }

    [Fact]
    public void AppSettings_Compiled_NoSecretValueAnywhere()
    {
        var text = infra.Template.Root.ToJsonString();

        // No secret is created, read back or passed: only its address appears (the reference above).
        Assert.Empty(infra.Template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets"));
        foreach (var marker in new[] { "listSecrets", "getSecret", "secureString", "secureObject", "BEGIN PRIVATE KEY" })
        {
            Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase);
        }

        var settings = CommonSettings.Concat(PremiumOnlySettings).ToList();
        var signing = Assert.Single(settings, s => s.Key.Contains("SigningKeys", StringComparison.Ordinal));
        Assert.StartsWith("[format('@Microsoft.KeyVault(", (string?)signing.Value, StringComparison.Ordinal);
        // Literal values (not expressions) are short switches, never key material.
        Assert.All(
            settings.Select(s => (string?)s.Value).Where(v => v is not null && !v.StartsWith('[')),
            v => Assert.True(v!.Length < 16, $"'{v}' looks like a literal secret"));
    }

    [Fact]
    public void FunctionApp_KeyVaultReferences_ResolvedWithTheUserAssignedIdentity()
    {
        var (appModule, site) = infra.Template.Single("Microsoft.Web/sites");

        Assert.Equal("[parameters('identityId')]", (string?)site["properties"]?["keyVaultReferenceIdentity"]);
        Assert.Contains("'identity'), '2025-04-01').outputs.id.value", appModule.PassedParameter("identityId"), StringComparison.Ordinal);
        // ...and that identity may read the vault's secrets.
        var rbac = infra.Template.Module("rbac");
        Assert.Contains("'identity'), '2025-04-01').outputs.principalId.value", rbac.PassedParameter("appPrincipalId"), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_FlexPlan_NoWorkerRuntimeOrPackageSettings()
    {
        // Flex rejects these (runtime and package live in functionAppConfig).
        foreach (var name in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE" })
        {
            Assert.False(CommonSettings.ContainsKey(name), $"{name} must not be set on Flex");
        }

        var config = infra.Template.Module("appsettings").OwnResources.Single(r => (string?)r["type"] == "Microsoft.Web/sites/config");
        Assert.Equal(
            "[if(equals(parameters('hostingPlan'), 'FlexConsumption'), variables('commonSettings'), union(variables('commonSettings'), variables('premiumOnlySettings')))]",
            (string?)config["properties"]);
    }

    [Fact]
    public void AppSettings_ElasticPremium_DotnetIsolatedWorkerRunFromIdentityBlob()
    {
        Assert.Equal("dotnet-isolated", (string?)PremiumOnlySettings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("~4", (string?)PremiumOnlySettings["FUNCTIONS_EXTENSION_VERSION"]);
        Assert.StartsWith("[format('{0}{1}/{2}', parameters('blobEndpoint')", (string?)PremiumOnlySettings["WEBSITE_RUN_FROM_PACKAGE"], StringComparison.Ordinal);
        Assert.Equal("[parameters('identityId')]", (string?)PremiumOnlySettings["WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID"]);
    }
}
