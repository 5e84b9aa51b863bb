using System.Diagnostics;
using System.Text.Json;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>
/// Redocly CLI (a standard OpenAPI linter), installed from npm (pinned) into artifacts/redocly under
/// the repository on first use, as the Azurite fixture installs Azurite; <c>.ci/run</c> installs the
/// same version into the same folder beforehand.
/// </summary>
internal static class RedoclyCli
{
    public const string Version = "2.77.0";

    // A guard against a hung process, not a timing check: an install on a cold cache takes minutes.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Lints <paramref name="documentPath"/> with Redocly's recommended rules; the JSON report.</summary>
    public static async Task<RedoclyReport> LintAsync(string documentPath)
    {
        var executable = await EnsureInstalledAsync();
        var (exitCode, stdout, stderr) = await RunAsync(
            executable,
            Path.GetDirectoryName(documentPath)!,
            "lint", documentPath, "--extends", "recommended", "--format", "json");
        var start = stdout.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"redocly lint wrote no report (exit {exitCode}): {stdout}\n{stderr}");
        }

        using var json = JsonDocument.Parse(stdout[start..]);
        var totals = json.RootElement.GetProperty("totals");
        var problems = json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => new RedoclyProblem(
                p.GetProperty("ruleId").GetString() ?? "",
                p.GetProperty("severity").GetString() ?? "",
                p.GetProperty("message").GetString() ?? "",
                string.Join(", ", p.TryGetProperty("location", out var location)
                    ? location.EnumerateArray().Select(l => l.TryGetProperty("pointer", out var pointer) ? pointer.GetString() : null).OfType<string>()
                    : [])))
            .ToList();
        return new RedoclyReport(exitCode, totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32(), problems);
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var folder = Path.Combine(AzuriteFixture.RepositoryRoot(), "artifacts", "redocly");
        var executable = Path.Combine(folder, "node_modules", ".bin", "redocly");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(executable))
            {
                Directory.CreateDirectory(folder);
                var (exitCode, stdout, stderr) = await RunAsync("npm", folder, "install", $"@redocly/cli@{Version}", "--no-audit", "--no-fund", "--silent");
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"npm install @redocly/cli@{Version} failed with exit code {exitCode}: {stdout}\n{stderr}");
                }
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return executable;
    }

    private static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(string file, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or update checks from a test run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
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
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record RedoclyReport(int ExitCode, int Errors, int Warnings, IReadOnlyList<RedoclyProblem> Problems);

internal sealed record RedoclyProblem(string RuleId, string Severity, string Message, string Location)
{
    public override string ToString() => $"{Severity} {RuleId} at {Location}: {Message}";
}
