using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class BicepCliTests(CompiledInfra infra)
{
    // Date-dependent (flags API versions older than two years), so it may warn but never fail CI.
    private const string AllowedWarning = "use-recent-api-versions";

    [Fact]
    public void Lint_MainTemplate_NoErrorsAndOnlyApiVersionWarnings()
    {
        var diagnostics = infra.Lint.SarifDiagnostics();

        Assert.True(infra.Lint.ExitCode == 0, $"bicep lint exited {infra.Lint.ExitCode}: {string.Join('\n', diagnostics)}");
        Assert.DoesNotContain(diagnostics, d => d.RuleId != AllowedWarning || d.Level == "error");
    }

    [Fact]
    public void Build_MainTemplate_CompilesWithoutDiagnostics()
    {
        var diagnostics = infra.Build.SarifDiagnostics();

        Assert.True(infra.Build.ExitCode == 0, $"bicep build exited {infra.Build.ExitCode}: {string.Join('\n', diagnostics)}");
        Assert.DoesNotContain(diagnostics, d => d.RuleId != AllowedWarning || d.Level == "error");
        Assert.Equal(
            "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            (string?)infra.Template.Root["$schema"]);
    }

    [Fact]
    public void BuildParams_MainBicepparam_CompilesWithFlexDefaults()
    {
        var diagnostics = infra.BuildParams.SarifDiagnostics();

        Assert.True(infra.BuildParams.ExitCode == 0, $"bicep build-params exited {infra.BuildParams.ExitCode}: {string.Join('\n', diagnostics)}");
        Assert.DoesNotContain(diagnostics, d => d.RuleId != AllowedWarning || d.Level == "error");
        Assert.False(string.IsNullOrWhiteSpace((string?)infra.Parameters["environmentName"]?["value"]));
        Assert.Equal("FlexConsumption", (string?)infra.Parameters["hostingPlan"]?["value"]);
        Assert.Equal(2048, (int?)infra.Parameters["instanceMemoryMB"]?["value"]);
        Assert.Equal("ambassadorflows", (string?)infra.Parameters["taskHubName"]?["value"]);
    }

    [Fact]
    public async Task Lint_TemplateBreakingRaisedRule_FailsWithError()
    {
        // Proves the repo's bicepconfig.json really gates: an unused parameter must be an error.
        var directory = Path.Combine(Path.GetTempPath(), "af-infra-lint-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.Copy(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"), Path.Combine(directory, "bicepconfig.json"));
            var file = Path.Combine(directory, "bad.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n");

            var run = await BicepCli.RunAsync("lint", file, "--no-restore", "--diagnostics-format", "sarif");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.SarifDiagnostics(), d => d.RuleId == "no-unused-params" && d.Level == "error");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void BicepConfig_Linter_ApiVersionRuleIsOnlyAWarning()
    {
        var config = JsonNode.Parse(
            File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json")),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.Equal("warning", (string?)rules[AllowedWarning]?["level"]);
        foreach (var rule in new[] { "no-hardcoded-env-urls", "outputs-should-not-contain-secrets", "secure-secrets-in-params", "no-unused-params", "no-unnecessary-dependson" })
        {
            Assert.True((string?)rules[rule]?["level"] == "error", $"{rule} should be an error");
        }
    }

    [Fact]
    public void InfraFiles_Modules_NoRegistryReferences()
    {
        // The public registry is unreachable from our machines: only local modules build here.
        var files = Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep*", SearchOption.AllDirectories).ToList();

        Assert.Contains(files, f => f.EndsWith(Path.Combine("modules", "rbac.bicep"), StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("'br/", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'br:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts:", text, StringComparison.Ordinal);
        }
    }
}
