using System.Text.Json;

namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>The host.json values the custom handler depends on, read for validation.</summary>
public sealed record HostJsonSettings(string? DefaultExecutablePath, string? RoutePrefix, string? HubName, string? ExtensionBundleVersion)
{
    /// <exception cref="InvalidOperationException">The file is not valid JSON.</exception>
    public static HostJsonSettings Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            return new HostJsonSettings(
                Get(root, "customHandler", "description", "defaultExecutablePath"),
                Get(root, "extensions", "http", "routePrefix"),
                Get(root, "extensions", "durableTask", "hubName"),
                Get(root, "extensionBundle", "version"));
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{path} is not valid JSON: {ex.Message}", ex);
        }
    }

    private static string? Get(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
