using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>infra/modules/alerts.bicep: the ops owner's action group and the four log search alert rules.</summary>
[Collection(InfraCollection.Name)]
public sealed class AlertTests(CompiledInfra infra)
{
    private const string Reader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

    private ArmTemplate Alerts => infra.Template.Module("alerts");

    /// <summary>The rule table (variables('rules')) by key.</summary>
    private Dictionary<string, JsonObject> Rules =>
        Alerts.Variable("rules").AsArray().OfType<JsonObject>().ToDictionary(r => (string)r["key"]!);

    private JsonObject RuleResource => Assert.Single(Alerts.OwnResources, r => (string?)r["type"] == "Microsoft.Insights/scheduledQueryRules");

    private JsonObject ActionGroup => Assert.Single(Alerts.OwnResources, r => (string?)r["type"] == "Microsoft.Insights/actionGroups");

    [Fact]
    public void AlertsModule_OpsEmail_DeployedOnlyWithAnAddress()
    {
        var module = Assert.Single(infra.Template.OwnResources, r => (string?)r["name"] == "alerts");

        Assert.Equal("[not(empty(parameters('opsEmail')))]", (string?)module["condition"]);
        Assert.Equal("[parameters('opsEmail')]", Alerts.PassedParameter("email"));
        Assert.Equal("", (string?)infra.Template.Root["parameters"]?["opsEmail"]?["defaultValue"]);
        Assert.Equal("", (string?)infra.Parameters["opsEmail"]?["value"]);
    }

    [Fact]
    public void ActionGroup_Compiled_EmailsTheOpsOwner()
    {
        var properties = ActionGroup["properties"]!;
        var receiver = Assert.Single(properties["emailReceivers"]!.AsArray())!;

        Assert.Equal("[parameters('email')]", (string?)receiver["emailAddress"]);
        Assert.True((bool?)receiver["useCommonAlertSchema"]);
        Assert.True((bool?)properties["enabled"]);
        Assert.InRange(((string?)properties["groupShortName"])!.Length, 1, 12);
        Assert.Equal("global", (string?)ActionGroup["location"]);
        Assert.Null(properties["webhookReceivers"]);
    }

    [Fact]
    public void AlertRules_Compiled_OneForEachOpsSignal()
    {
        Assert.Equal(
            new[] { "function-failures", "mail-delivery-failures", "orchestration-failures", "requests-past-deadline" },
            Rules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("[length(variables('rules'))]", (string?)RuleResource["copy"]?["count"]);
        Assert.Equal("LogAlert", (string?)RuleResource["kind"]);
        Assert.True((bool?)RuleResource["properties"]?["enabled"]);
    }

    [Fact]
    public void AlertRules_Each_QueryAppInsightsAndNotifyTheActionGroup()
    {
        var properties = RuleResource["properties"]!;

        var scope = Assert.Single(properties["scopes"]!.AsArray());
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('appInsightsName'))]", (string?)scope);
        Assert.Contains("'monitoring'), '2025-04-01').outputs.appInsightsName.value", Alerts.PassedParameter("appInsightsName"), StringComparison.Ordinal);

        var actionGroup = Assert.Single(properties["actions"]!["actionGroups"]!.AsArray());
        Assert.Equal($"[resourceId('Microsoft.Insights/actionGroups', {((string)ActionGroup["name"]!).Trim('[', ']')})]", (string?)actionGroup);

        // A row returned is a hit: count > 0 over the window, checked as often as the window is long.
        var condition = Assert.Single(properties["criteria"]!["allOf"]!.AsArray())!;
        Assert.Equal("[variables('rules')[copyIndex()].query]", (string?)condition["query"]);
        Assert.Equal("Count", (string?)condition["timeAggregation"]);
        Assert.Equal("GreaterThan", (string?)condition["operator"]);
        Assert.Equal(0, (int?)condition["threshold"]);
        Assert.Equal((string?)properties["evaluationFrequency"], (string?)properties["windowSize"]);
        Assert.Equal("PT15M", (string?)Alerts.Root["parameters"]?["evaluationFrequency"]?["defaultValue"]);
    }

    [Theory]
    [InlineData("function-failures", "message startswith \"Executed 'Functions.\" and message has \"(Failed\"")]
    [InlineData("orchestration-failures", "customDimensions.Category) == \"Host.Triggers.DurableTask\"")]
    [InlineData("orchestration-failures", "customDimensions.prop__state) == \"Failed\"")]
    [InlineData("requests-past-deadline", "message startswith \"Ops signal requests-past-deadline\"")]
    [InlineData("mail-delivery-failures", "message startswith \"Ops signal mail-delivery-failed\"")]
    public void AlertRules_Query_NamesItsSignal(string rule, string expected)
    {
        var query = (string)Rules[rule]["query"]!;

        Assert.StartsWith("traces", query.TrimStart(), StringComparison.Ordinal);
        Assert.Contains(expected, query, StringComparison.Ordinal);
    }

    [Fact]
    public void AlertRules_Identity_SystemAssignedReaderOnTheComponentOnly()
    {
        Assert.Equal("SystemAssigned", (string?)RuleResource["identity"]?["type"]);

        var readers = Alerts.OwnResources.Where(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments").ToList();
        var reader = Assert.Single(readers);
        Assert.Equal("[length(variables('rules'))]", (string?)reader["copy"]?["count"]);
        Assert.Equal(Reader, (string?)Alerts.Variable("readerRoleId"));
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('appInsightsName'))]", (string?)reader["scope"]);
        Assert.Equal("ServicePrincipal", (string?)reader["properties"]?["principalType"]);
        Assert.Contains("'Microsoft.Insights/scheduledQueryRules'", (string?)reader["properties"]?["principalId"], StringComparison.Ordinal);
        Assert.EndsWith(".identity.principalId]", (string?)reader["properties"]?["principalId"], StringComparison.Ordinal);
    }

    [Fact]
    public void AlertsModule_Compiled_NoKeysOrSecrets()
    {
        var text = Alerts.Root.ToJsonString();

        foreach (var marker in new[] { "listKeys", "InstrumentationKey", "AccountKey", "SharedAccessSignature", "webhook" })
        {
            Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AppSettings_OpsDigest_FromTheOpsParameters()
    {
        var settings = infra.Template.Module("appsettings");
        var common = settings.Variable("commonSettings").AsObject();

        Assert.Equal("[parameters('opsEmail')]", (string?)common["AmbassadorFlows__Ops__Email"]);
        Assert.Equal("[parameters('opsLanguage')]", (string?)common["AmbassadorFlows__Ops__Language"]);
        Assert.Equal("[parameters('opsTimeZone')]", (string?)common["AmbassadorFlows__Ops__TimeZone"]);
        Assert.Equal("[parameters('opsEmail')]", settings.PassedParameter("opsEmail"));
        Assert.Equal(["en", "nl", "fr", "da"], infra.Template.Root["parameters"]!["opsLanguage"]!["allowedValues"]!.AsArray().Select(v => (string)v!));
    }
}
