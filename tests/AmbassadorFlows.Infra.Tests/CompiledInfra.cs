using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>
/// Lints and builds infra/main.bicep and infra/main.bicepparam once for all tests (each CLI start
/// costs about a second), and exposes the compiled ARM JSON.
/// </summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    private ArmTemplate? _template;
    private JsonObject? _parameters;
    private readonly string _outputDirectory = Path.Combine(Path.GetTempPath(), "af-infra-tests-" + Guid.NewGuid().ToString("N"));

    internal BicepRun Lint { get; private set; } = null!;

    internal BicepRun Build { get; private set; } = null!;

    internal BicepRun BuildParams { get; private set; } = null!;

    internal ArmTemplate Template => _template ?? throw new InvalidOperationException($"bicep build failed:\n{Build.StandardError}");

    internal JsonObject Parameters => _parameters ?? throw new InvalidOperationException($"bicep build-params failed:\n{BuildParams.StandardError}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_outputDirectory);
        var templatePath = Path.Combine(_outputDirectory, "main.json");
        var parametersPath = Path.Combine(_outputDirectory, "main.parameters.json");

        // --no-restore: nothing here may come from a registry (it is unreachable from CI anyway).
        var lint = BicepCli.RunAsync("lint", "main.bicep", "--no-restore", "--diagnostics-format", "sarif");
        var build = BicepCli.RunAsync("build", "main.bicep", "--no-restore", "--diagnostics-format", "sarif", "--outfile", templatePath);
        var buildParams = BicepCli.RunAsync("build-params", "main.bicepparam", "--no-restore", "--diagnostics-format", "sarif", "--outfile", parametersPath);
        await Task.WhenAll(lint, build, buildParams);

        Lint = await lint;
        Build = await build;
        BuildParams = await buildParams;

        if (Build.ExitCode == 0)
        {
            _template = new ArmTemplate(JsonNode.Parse(await File.ReadAllTextAsync(templatePath))!.AsObject());
        }

        if (BuildParams.ExitCode == 0)
        {
            _parameters = JsonNode.Parse(await File.ReadAllTextAsync(parametersPath))!["parameters"]!.AsObject();
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "infra";
}
