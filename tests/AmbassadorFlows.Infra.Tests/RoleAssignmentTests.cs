using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmbassadorFlows.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed partial class RoleAssignmentTests(CompiledInfra infra)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string CommunicationAndEmailServiceOwner = "09976791-48a7-449e-bb21-39d1a415f350";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    private const string UserAccessAdministrator = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
    private const string StorageAccountContributor = "17d1049b-9a84-46fb-8f53-869881c3d3ab";

    private IReadOnlyList<RoleAssignment> All =>
        infra.Template.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Select(x => RoleAssignment.From(x.Template, x.Resource))
            .ToList();

    private IReadOnlyList<RoleAssignment> App => All.Where(a => a.PrincipalId == "[parameters('appPrincipalId')]").ToList();

    [Fact]
    public void RoleAssignments_AppIdentity_ExactlyTheNeededRolesOnTheRightResources()
    {
        // Each role id sits in a variable named after the role.
        var expected = new[]
        {
            (StorageBlobDataOwner, "storageBlobDataOwnerRoleId", "Microsoft.Storage/storageAccounts"),
            (StorageQueueDataContributor, "storageQueueDataContributorRoleId", "Microsoft.Storage/storageAccounts"),
            (StorageTableDataContributor, "storageTableDataContributorRoleId", "Microsoft.Storage/storageAccounts"),
            (MonitoringMetricsPublisher, "monitoringMetricsPublisherRoleId", "Microsoft.Insights/components"),
            (CommunicationAndEmailServiceOwner, "communicationAndEmailServiceOwnerRoleId", "Microsoft.Communication/communicationServices"),
            (KeyVaultSecretsUser, "keyVaultSecretsUserRoleId", "Microsoft.KeyVault/vaults"),
        };

        var actual = App.Select(a => (a.RoleId, a.RoleVariable, a.ScopeType)).OrderBy(x => x.RoleId).ToList();

        Assert.Equal(expected.OrderBy(x => x.Item1), actual);
        Assert.All(App, a => Assert.Null(a.Condition));
        Assert.Contains("'identity'), '2025-04-01').outputs.principalId.value", infra.Template.Module("rbac").PassedParameter("appPrincipalId"), StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignments_StorageAccount_ExactlyTheDurableProviderDataRoles()
    {
        // Host + Durable Azure Storage provider: blobs (Owner, as the host requires), queues, tables; nothing else,
        // in particular no Blob Data Contributor next to Owner, no account-level or Azure Files role.
        var onStorage = All.Where(a => a.ScopeType.StartsWith("Microsoft.Storage/", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor }.Order(),
            onStorage.Select(a => a.RoleId).Order());
        Assert.All(onStorage, a =>
        {
            Assert.Equal("[parameters('appPrincipalId')]", a.PrincipalId);
            Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", a.Scope);
        });
        Assert.Contains("'storage'), '2025-04-01').outputs.name.value", infra.Template.Module("rbac").PassedParameter("storageAccountName"), StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignments_All_NoOwnerContributorOrAccessAdmin()
    {
        var broad = new[] { Owner, Contributor, UserAccessAdministrator, StorageAccountContributor };

        Assert.NotEmpty(All);
        Assert.DoesNotContain(All, a => broad.Contains(a.RoleId));
        var text = infra.Template.Root.ToJsonString();
        Assert.All(broad, guid => Assert.DoesNotContain(guid, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RoleAssignments_All_ScopedToOneResourceNotGroupOrSubscription()
    {
        // Resource-group deployment: no role assignment can land at subscription scope.
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)infra.Template.Root["$schema"]);
        Assert.All(infra.Template.ResourcesOfType("Microsoft.Resources/deployments"), d =>
        {
            Assert.Null(d.Resource["subscriptionId"]);
            Assert.Null(d.Resource["scope"]);
        });
        Assert.All(All, a => Assert.StartsWith("[resourceId('Microsoft.", a.Scope, StringComparison.Ordinal));
    }

    [Fact]
    public void RoleAssignments_All_NamedByScopePrincipalAndRole()
    {
        Assert.All(All, a =>
        {
            var principal = a.PrincipalId.Trim('[', ']');

            // An alert rule's system identity is only known after deployment; its rule's id stands for it (one each).
            if (RuleIdentity().Match(principal) is { Success: true } rule)
            {
                principal = rule.Groups[1].Value;
            }

            var scope = a.Scope.Trim('[', ']');
            Assert.Equal($"[guid({scope}, {principal}, variables('{a.RoleVariable}'))]", a.Name);
        });
    }

    [Fact]
    public void RoleAssignments_All_ServicePrincipalTypeForApp()
    {
        Assert.All(App, a => Assert.Equal("ServicePrincipal", a.PrincipalType));
    }

    [Fact]
    public void RoleAssignments_VaultAdmin_OptionalSecretsOfficerOnVaultOnly()
    {
        // The alert rules' own identities read App Insights (AlertTests); everything else is the vault admin.
        var others = All.Except(App).Where(a => !a.PrincipalId.Contains("Microsoft.Insights/scheduledQueryRules", StringComparison.Ordinal)).ToList();

        var admin = Assert.Single(others);
        Assert.Equal(KeyVaultSecretsOfficer, admin.RoleId);
        Assert.Equal("Microsoft.KeyVault/vaults", admin.ScopeType);
        Assert.Equal("[parameters('vaultAdminPrincipalId')]", admin.PrincipalId);
        Assert.Equal("[not(empty(parameters('vaultAdminPrincipalId')))]", admin.Condition);
        Assert.Equal("", (string?)infra.Template.Root["parameters"]?["vaultAdminPrincipalId"]?["defaultValue"]);
    }

    private sealed record RoleAssignment(string Name, string Scope, string ScopeType, string RoleVariable, string RoleId, string PrincipalId, string PrincipalType, string? Condition)
    {
        public static RoleAssignment From(ArmTemplate template, JsonObject resource)
        {
            var roleDefinitionId = (string)resource["properties"]!["roleDefinitionId"]!;
            var roleVariable = Assert.Single(ArmTemplate.VariableReferences(roleDefinitionId));
            Assert.StartsWith("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ", roleDefinitionId, StringComparison.Ordinal);
            var roleId = (string)template.Variable(roleVariable)!;
            Assert.Matches(GuidPattern(), roleId);

            var scope = (string?)resource["scope"] ?? "";
            var scopeType = ScopeTypePattern().Match(scope) is { Success: true } m ? m.Groups[1].Value : "";
            var principalType = (string?)resource["properties"]!["principalType"] ?? "";
            if (ArmTemplate.VariableReferences(principalType).Any() || principalType.StartsWith("[parameters(", StringComparison.Ordinal))
            {
                principalType = "(parameter)";
            }

            return new RoleAssignment(
                (string)resource["name"]!,
                scope,
                scopeType,
                roleVariable,
                roleId,
                (string)resource["properties"]!["principalId"]!,
                principalType,
                (string?)resource["condition"]);
        }
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"^reference\((resourceId\('Microsoft\.Insights/scheduledQueryRules', .*\)), '[0-9-]+', 'full'\)\.identity\.principalId$")]
    private static partial Regex RuleIdentity();

    [GeneratedRegex(@"^\[resourceId\('([^']+)'")]
    private static partial Regex ScopeTypePattern();
}
