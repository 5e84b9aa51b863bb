using System.Text.Json;
using AmbassadorFlows.Functions.FunctionMetadata;
using AmbassadorFlows.Functions.Tests.Storage;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>The function.json set generated from the running app covers every registered
/// orchestrator, activity and function-marked route, with the binding names the handler reads.</summary>
[Collection(CustomHandlerCollection.Name)]
public sealed class FunctionJsonGenerationTests(CustomHandlerHost host) : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("functions-").FullName;

    [Fact]
    public async Task GenerateAsync_TestApp_WritesOneFolderPerFunctionWithBindings()
    {
        Directory.CreateDirectory(Path.Combine(_output, "RemovedFunction"));
        await File.WriteAllTextAsync(Path.Combine(_output, "RemovedFunction", "function.json"), "{}");

        var written = await FunctionsGenerator.GenerateAsync(host.App, _output);

        var registry = TestWorkflows.CreateRegistry();
        string[] http = ["ApproveGreeting", "GetGreeting", "HelloPage", "StartGreeting"];
        string[] expected = [.. registry.OrchestratorNames, .. registry.ActivityNames, .. http];
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_output, "RemovedFunction")));
        foreach (var name in registry.OrchestratorNames)
        {
            AssertSingleBinding(name, "orchestrationTrigger", "context");
        }

        foreach (var name in registry.ActivityNames)
        {
            AssertSingleBinding(name, "activityTrigger", "input");
        }

        foreach (var name in http)
        {
            var bindings = Bindings(name);
            Assert.Equal(["httpTrigger:req:in", "http:res:out", "durableClient:starter:in"], bindings.Select(b => $"{b.GetProperty("type").GetString()}:{b.GetProperty("name").GetString()}:{b.GetProperty("direction").GetString()}"));
        }
    }

    [Fact]
    public async Task GenerateAsync_Routes_CarryRouteMethodsAndAuthLevel()
    {
        await FunctionsGenerator.GenerateAsync(host.App, _output);

        var start = Bindings("StartGreeting")[0];
        Assert.Equal("api/greetings", start.GetProperty("route").GetString());
        Assert.Equal(["post"], start.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("function", start.GetProperty("authLevel").GetString());
        Assert.Equal("api/greetings/{id}/approve", Bindings("ApproveGreeting")[0].GetProperty("route").GetString());
        var page = Bindings("HelloPage")[0];
        Assert.Equal("anonymous", page.GetProperty("authLevel").GetString());
        Assert.Equal(["get", "post"], page.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_output), d => Path.GetFileName(d).Contains("runtime", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TryRunAsync_WithoutArgument_DoesNothing()
    {
        Assert.False(await FunctionsGenerator.TryRunAsync(host.App, ["--urls", "http://127.0.0.1:0"]));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_output));
    }

    [Fact]
    public void HostJson_RepositoryFile_IsValidAndHasTheKeysTheHandlerNeeds()
    {
        var path = Path.Combine(AzuriteFixture.RepositoryRoot(), "host.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var settings = HostJsonSettings.Read(path);
        Assert.Equal("AmbassadorFlows.Functions", settings.DefaultExecutablePath);
        Assert.Equal("[4.*, 5.0.0)", settings.ExtensionBundleVersion);
        Assert.Equal("%TASKHUB_NAME%", settings.HubName);
        Assert.Equal(string.Empty, settings.RoutePrefix);
        Assert.False(root.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
        var storage = root.GetProperty("extensions").GetProperty("durableTask").GetProperty("storageProvider");
        Assert.True(TimeSpan.Parse(storage.GetProperty("maxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture) <= TimeSpan.FromSeconds(10));
        Assert.True(root.GetProperty("logging").GetProperty("logLevel").TryGetProperty("default", out _));
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private void AssertSingleBinding(string function, string type, string name)
    {
        var binding = Assert.Single(Bindings(function));
        Assert.Equal(type, binding.GetProperty("type").GetString());
        Assert.Equal(name, binding.GetProperty("name").GetString());
        Assert.Equal("in", binding.GetProperty("direction").GetString());
    }

    private JsonElement[] Bindings(string function)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, function, "function.json")));
        return [.. document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone())];
    }
}
