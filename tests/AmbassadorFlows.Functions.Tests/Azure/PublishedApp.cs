using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>
/// The deployable folder, made once for the tests that read it: exactly the README's
/// <c>dotnet publish functions/AmbassadorFlows.Functions -c Release -o publish</c>, into a temporary
/// folder, with warnings as errors (the SDK's hidden WorkerExtensions build included).
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "af-publish", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(_root, "publish");

    public string Zip => Path.Combine(_root, "AmbassadorFlows.Functions.zip");

    public string Output { get; private set; } = "";

    public JsonArray Functions { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var project = Path.Combine(AzuriteFixture.RepositoryRoot(), "functions", "AmbassadorFlows.Functions", "AmbassadorFlows.Functions.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", Folder, "-warnaserror", "-nologo", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        Output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{Output}");
        }

        Functions = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "functions.metadata")))!.AsArray();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    public JsonObject Function(string name)
        => Functions.OfType<JsonObject>().SingleOrDefault(f => (string?)f["name"] == name)
           ?? throw new Xunit.Sdk.XunitException($"functions.metadata has no function '{name}'. It has: {string.Join(", ", Functions.Select(f => (string?)f?["name"]))}.");

    public static IEnumerable<JsonObject> Bindings(JsonObject function) => function["bindings"]!.AsArray().OfType<JsonObject>();

    public JsonNode ReadJson(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!;
}

[CollectionDefinition(Name)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>
{
    public const string Name = "Published app";
}
