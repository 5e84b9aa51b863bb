using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Accessibility;

/// <summary>
/// axe-core (the accessibility rules engine browsers' own audits use), installed from npm (pinned)
/// into artifacts/axe under the repository on first use, as <c>Api/RedoclyCli</c> installs Redocly;
/// <c>.ci/run</c> installs the same version into the same folder beforehand. It runs inside the page
/// it checks, so it sees the page as Chromium laid it out (colours, landmarks, names).
/// </summary>
internal static class AxeCore
{
    public const string Version = "4.14.1";

    // A guard against a hung install, not a timing check: an install on a cold cache takes a while.
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Runs axe on the page as it is now; the violations of impact serious or critical.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = await EnsureInstalledAsync() });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              // A blank or unstyled page passes nothing: say so rather than report it clean.
              if (result.passes.length === 0) { throw new Error('axe found nothing to check on ' + location.href); }
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
            }
            """);
        return [.. json.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString() ?? "",
            v.GetProperty("impact").GetString() ?? "",
            v.GetProperty("help").GetString() ?? "",
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString() ?? "")]))];
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var folder = Path.Combine(AzuriteFixture.RepositoryRoot(), "artifacts", "axe");
        var script = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(script))
            {
                Directory.CreateDirectory(folder);
                await InstallAsync(folder);
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return script;
    }

    private static async Task InstallAsync(string folder)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "install", $"axe-core@{Version}", "--no-audit", "--no-fund", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(InstallTimeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm install axe-core@{Version} did not finish within {InstallTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install axe-core@{Version} failed with exit code {process.ExitCode}: {await stdout}\n{await stderr}");
        }
    }
}

/// <summary>One rule a page breaks, with (up to five of) the elements that break it.</summary>
internal sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id} ({Help}): {string.Join("; ", Targets)}";
}
