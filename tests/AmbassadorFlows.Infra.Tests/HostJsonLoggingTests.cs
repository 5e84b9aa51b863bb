using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>
/// The deployed host.json's log levels: the Azure SDK's per-call lines (most of a run's log at Information)
/// only from Warning, and no category that writes request URLs (which carry approval tokens) enabled at
/// Information: the host's request telemetry and its ASP.NET Core request lines.
/// </summary>
public sealed class HostJsonLoggingTests
{
    private static readonly string[] Levels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    private static JsonObject LogLevel
    {
        get
        {
            var path = Path.Combine(Path.GetDirectoryName(BicepCli.InfraDirectory)!, "host.json");
            var host = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
            return host["logging"]?["logLevel"]?.AsObject() ?? throw new InvalidOperationException($"{path} has no logging.logLevel.");
        }
    }

    [Fact]
    public void HostJson_AzureCore_LogsFromWarning()
    {
        Assert.Equal("Warning", (string?)LogLevel["Azure.Core"]);
    }

    [Theory]
    [InlineData("Host.Results")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    public void HostJson_RequestUrlCategory_QuietAtShippedLevels(string category)
    {
        var level = Effective(category);

        Assert.True(Array.IndexOf(Levels, level) > Array.IndexOf(Levels, "Information"), $"{category} logs at {level}: its lines carry request URLs");
    }

    /// <summary>The level the host applies to <paramref name="category"/>: the longest configured prefix, else default.</summary>
    private static string Effective(string category)
    {
        var match = LogLevel.Select(kv => kv.Key)
            .Where(k => k != "default" && (category == k || category.StartsWith(k + ".", StringComparison.Ordinal)))
            .OrderByDescending(k => k.Length)
            .FirstOrDefault() ?? "default";
        return (string?)LogLevel[match] ?? "Information";
    }
}
