using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Functions.CustomHandler.Activities;
using AmbassadorFlows.Functions.CustomHandler.DurableClient;
using AmbassadorFlows.Functions.CustomHandler.Http;
using AmbassadorFlows.Functions.CustomHandler.Orchestrations;

namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>
/// Writes one <c>{FunctionName}/function.json</c> per function, the layout the Functions host reads.
/// Binding names are the ones the custom-handler code reads: orchestrators <c>context</c>
/// (orchestrationTrigger), activities <c>input</c> (activityTrigger), HTTP functions <c>req</c>
/// (httpTrigger) + <c>res</c> (http out) + <c>starter</c> (durableClient). No <c>$return</c> binding
/// on durable triggers: without it the host passes ReturnValue through unchanged.
/// </summary>
public static class FunctionJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Orchestrator() => Bindings(new JsonObject
    {
        ["name"] = OrchestratorTriggerHandler.BindingName,
        ["type"] = "orchestrationTrigger",
        ["direction"] = "in",
    });

    public static JsonObject Activity() => Bindings(new JsonObject
    {
        ["name"] = ActivityTriggerHandler.BindingName,
        ["type"] = "activityTrigger",
        ["direction"] = "in",
    });

    public static JsonObject Http(HttpFunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var trigger = new JsonObject
        {
            ["name"] = EnvelopeHttpRequest.BindingName,
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["authLevel"] = function.AuthLevel.ToString().ToLowerInvariant(),
            ["route"] = function.Route,
        };
        if (function.Methods is { } methods)
        {
            trigger["methods"] = new JsonArray([.. methods.Select(m => (JsonNode?)JsonValue.Create(m))]);
        }

        return Bindings(
            trigger,
            new JsonObject { ["name"] = HttpFunctionDispatcher.ResponseBindingName, ["type"] = "http", ["direction"] = "out" },
            new JsonObject { ["name"] = DurableClientBinding.BindingName, ["type"] = "durableClient", ["direction"] = "in" });
    }

    /// <summary>All function.json documents by function name.</summary>
    public static SortedDictionary<string, JsonObject> Create(FunctionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var result = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var name in catalog.Orchestrators)
        {
            result[name] = Orchestrator();
        }

        foreach (var name in catalog.Activities)
        {
            result[name] = Activity();
        }

        foreach (var function in catalog.HttpFunctions)
        {
            result[function.Name] = Http(function);
        }

        return result;
    }

    /// <summary>Writes the folders under <paramref name="outputDirectory"/>, removing folders of
    /// functions that no longer exist (a folder with a function.json that is not in the catalog).</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(FunctionCatalog catalog, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var functions = Create(catalog);
        foreach (var stale in Directory.EnumerateDirectories(outputDirectory)
                     .Where(d => File.Exists(Path.Combine(d, "function.json")) && !functions.ContainsKey(Path.GetFileName(d)))
                     .ToList())
        {
            Directory.Delete(stale, recursive: true);
        }

        foreach (var (name, json) in functions)
        {
            var folder = Path.Combine(outputDirectory, name);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "function.json"), json.ToJsonString(Indented) + "\n", cancellationToken).ConfigureAwait(false);
        }

        return [.. functions.Keys];
    }

    private static JsonObject Bindings(params JsonObject[] bindings)
        => new() { ["bindings"] = new JsonArray([.. bindings]) };
}
