using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class FunctionAppTests(CompiledInfra infra)
{
    private ArmTemplate AppModule => infra.Template.Module("functionapp");

    private JsonObject Site => infra.Template.Single("Microsoft.Web/sites").Resource;

    private JsonObject FlexConfig
    {
        get
        {
            // The site takes the Flex config exactly when the plan is Flex.
            Assert.Equal("[if(variables('isFlex'), variables('flexConfig'), null())]", (string?)Site["properties"]?["functionAppConfig"]);
            Assert.Equal("[equals(parameters('hostingPlan'), 'FlexConsumption')]", (string?)AppModule.Variable("isFlex"));
            return AppModule.Variable("flexConfig").AsObject();
        }
    }

    [Fact]
    public void FunctionApp_FlexPlan_RuntimeIsDotnetIsolated10()
    {
        Assert.Equal("dotnet-isolated", (string?)FlexConfig["runtime"]?["name"]);
        Assert.Equal("10.0", (string?)AppModule.Resolve(FlexConfig["runtime"]?["version"]));
    }

    [Fact]
    public void FunctionApp_ElasticPremium_LinuxFxVersionDotnetIsolated10AndNoneOnFlex()
    {
        // Elastic Premium chooses the worker image from linuxFxVersion; Flex rejects it (runtime is in functionAppConfig).
        Assert.Equal(
            "[if(variables('isFlex'), null(), format('DOTNET-ISOLATED|{0}', variables('dotnetVersion')))]",
            (string?)Site["properties"]?["siteConfig"]?["linuxFxVersion"]);
        Assert.Equal("10.0", (string?)AppModule.Variable("dotnetVersion"));
    }

    [Fact]
    public void FunctionApp_DefaultPlan_IsFlexConsumptionFc1()
    {
        var hostingPlan = infra.Template.Root["parameters"]!["hostingPlan"]!;
        Assert.Equal("FlexConsumption", (string?)hostingPlan["defaultValue"]);
        Assert.Equal(["FlexConsumption", "ElasticPremium"], hostingPlan["allowedValues"]!.AsArray().Select(v => (string?)v));

        var (_, plan) = infra.Template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("[if(variables('isFlex'), variables('flexSku'), variables('premiumPlanSku'))]", (string?)plan["sku"]);
        Assert.Equal("FC1", (string?)AppModule.Variable("flexSku")["name"]);
        Assert.Equal("FlexConsumption", (string?)AppModule.Variable("flexSku")["tier"]);
        Assert.Equal("ElasticPremium", (string?)AppModule.Variable("premiumPlanSku")["tier"]);
        Assert.True((bool?)plan["properties"]?["reserved"]);
    }

    [Fact]
    public void FunctionApp_FlexPlan_ScaleSettingsComeFromParameters()
    {
        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)FlexConfig["scaleAndConcurrency"]?["instanceMemoryMB"]);
        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)FlexConfig["scaleAndConcurrency"]?["maximumInstanceCount"]);
        Assert.Equal("[parameters('instanceMemoryMB')]", AppModule.PassedParameter("instanceMemoryMB"));
        Assert.Equal("[parameters('maximumInstanceCount')]", AppModule.PassedParameter("maximumInstanceCount"));

        var parameters = infra.Template.Root["parameters"]!;
        Assert.Equal(2048, (int?)parameters["instanceMemoryMB"]?["defaultValue"]);
        Assert.Equal([512, 2048, 4096], parameters["instanceMemoryMB"]!["allowedValues"]!.AsArray().Select(v => (int)v!));
        Assert.InRange((int)parameters["maximumInstanceCount"]!["defaultValue"]!, 1, 1000);
    }

    [Fact]
    public void FunctionApp_FlexPlan_DeploymentStorageUsesIdentity()
    {
        var storage = FlexConfig["deployment"]?["storage"];

        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Equal("[format('{0}{1}', parameters('blobEndpoint'), parameters('deploymentContainerName'))]", (string?)storage?["value"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage?["authentication"]?["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)storage?["authentication"]?["userAssignedIdentityResourceId"]);
        Assert.Null(storage?["authentication"]?["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void FunctionApp_Compiled_HttpsOnlyAndTls12()
    {
        Assert.True((bool?)Site["properties"]?["httpsOnly"]);
        Assert.Equal("1.2", (string?)Site["properties"]?["siteConfig"]?["minTlsVersion"]);
        Assert.Equal("1.2", (string?)Site["properties"]?["siteConfig"]?["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)Site["properties"]?["siteConfig"]?["ftpsState"]);
    }

    [Fact]
    public void FunctionApp_Compiled_BasicAuthPublishingDisabled()
    {
        var policies = infra.Template.ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool?)p.Resource["properties"]?["allow"] ?? true));
    }

    [Fact]
    public void FunctionApp_Compiled_RunsAsUserAssignedIdentity()
    {
        Assert.Equal("UserAssigned", (string?)Site["identity"]?["type"]);
        var identities = Site["identity"]!["userAssignedIdentities"]!.AsObject();
        Assert.Equal("[format('{0}', parameters('identityId'))]", Assert.Single(identities).Key);
        Assert.Contains("'identity'), '2025-04-01').outputs.id.value", AppModule.PassedParameter("identityId"), StringComparison.Ordinal);
        Assert.Equal("functionapp,linux", (string?)Site["kind"]);
    }
}
