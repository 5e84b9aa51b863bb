using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>Runs the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
internal static class BicepCli
{
    // A guard against a hung CLI, not a timing check: a lint takes seconds alone, over a minute on a
    // machine busy with the other test projects.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string ExecutablePath { get; } = ResolveExecutable();

    public static string InfraDirectory { get; } = Metadata("InfraDirectory");

    public static async Task<BicepRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = InfraDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new BicepRun(process.ExitCode, await stdout, await stderr);
    }

    private static string ResolveExecutable()
    {
        var path = Metadata("BicepPath");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Bicep CLI not found at '{path}'. Restore the Azure.Bicep.CommandLine.linux-x64 package.", path);
        }

        // NuGet extraction does not always keep the executable bit (it depends on the SDK and cache).
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' missing; see the test .csproj.");
}

/// <summary>Exit code and output of one CLI run.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// Diagnostics from a run with <c>--diagnostics-format sarif</c>. Lint writes SARIF to stdout,
    /// build to stderr, so both are tried.
    /// </summary>
    public IReadOnlyList<BicepDiagnostic> SarifDiagnostics()
    {
        foreach (var text in new[] { StandardOutput, StandardError })
        {
            var start = text.IndexOf('{', StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            JsonNode? sarif;
            try
            {
                sarif = JsonNode.Parse(text[start..]);
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }

            if (sarif?["runs"] is not JsonArray runs)
            {
                continue;
            }

            return runs
                .SelectMany(run => run?["results"]?.AsArray() ?? [])
                .Select(result => new BicepDiagnostic(
                    (string?)result?["ruleId"] ?? "",
                    // SARIF's default level is "warning"; Bicep omits it for warnings.
                    (string?)result?["level"] ?? "warning",
                    (string?)result?["message"]?["text"] ?? "",
                    (string?)result?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] ?? ""))
                .ToList();
        }

        throw new InvalidOperationException($"No SARIF in bicep output.\nstdout: {StandardOutput}\nstderr: {StandardError}");
    }
}

internal sealed record BicepDiagnostic(string RuleId, string Level, string Message, string File)
{
    public override string ToString() => $"{Level} {RuleId} {File}: {Message}";
}
