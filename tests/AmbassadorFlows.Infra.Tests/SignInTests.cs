using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>Entra sign-in (authsettingsV2) in front of the app, except the emailed approval pages.</summary>
[Collection(InfraCollection.Name)]
public sealed class SignInTests(CompiledInfra infra)
{
    private ArmTemplate AuthModule => infra.Template.Module("auth");

    private JsonObject Auth => AuthModule.OwnResources.Single(r => (string?)r["type"] == "Microsoft.Web/sites/config");

    [Fact]
    public void Auth_Compiled_IsAuthSettingsV2OnTheFunctionApp()
    {
        Assert.Equal("[format('{0}/{1}', parameters('siteName'), 'authsettingsV2')]", (string?)Auth["name"]);
        Assert.Contains("'functionapp'", AuthModule.PassedParameter("siteName"), StringComparison.Ordinal);
        Assert.Equal("[parameters('authClientId')]", AuthModule.PassedParameter("clientId"));
        Assert.True((bool?)Auth["properties"]?["platform"]?["enabled"]);
    }

    [Fact]
    public void Auth_Compiled_RequiresSignInWithEntraAndRedirectsBrowsers()
    {
        var validation = Auth["properties"]!["globalValidation"]!;
        Assert.True((bool?)validation["requireAuthentication"]);
        Assert.Equal("RedirectToLoginPage", (string?)validation["unauthenticatedClientAction"]);
        Assert.Equal("azureactivedirectory", (string?)validation["redirectToProvider"]);
        Assert.True((bool?)Auth["properties"]!["httpSettings"]?["requireHttps"]);

        var entra = Auth["properties"]!["identityProviders"]!["azureActiveDirectory"]!;
        Assert.True((bool?)entra["enabled"]);
        Assert.Equal("[parameters('clientId')]", (string?)entra["registration"]?["clientId"]);
        Assert.Contains("parameters('tenantId')", (string?)entra["registration"]?["openIdIssuer"], StringComparison.Ordinal);
    }

    [Fact]
    public void Auth_Compiled_ApprovalPagesAndDurableWebhooksExcludedOnly()
    {
        Assert.Equal("[variables('excludedPaths')]", (string?)Auth["properties"]!["globalValidation"]!["excludedPaths"]);
        var excluded = AuthModule.Variable("excludedPaths").AsArray().Select(p => (string?)p).ToList();

        Assert.Contains("/api/approvals/*", excluded);
        Assert.Contains("/me/*", excluded);
        Assert.Contains("/assets/site.css", excluded);
        Assert.Contains("/assets/favicon.svg", excluded);
        Assert.Contains("/runtime/webhooks/durabletask/*", excluded);
        Assert.DoesNotContain(excluded, p => p is "/" or "/*" or "/assets/*" or "/api/cohorts" or "/api/*" or "/outbox" or "/instances/*" or "/me" or "/people/*");
    }

    [Fact]
    public void Auth_Parameters_ClientIdRequiredTenantDefaultsToDeployment()
    {
        var parameters = infra.Template.Root["parameters"]!;
        Assert.Null(parameters["authClientId"]?["defaultValue"]);
        Assert.NotNull(parameters["authClientId"]);
        Assert.Equal("[tenant().tenantId]", (string?)parameters["authTenantId"]?["defaultValue"]);
        Assert.Equal(36, (int?)AuthModule.Root["parameters"]?["clientId"]?["minLength"]);
    }
}
