using AmbassadorFlows.Durable;

namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>
/// <c>AmbassadorFlows.Functions --generate-functions &lt;dir&gt;</c>: writes the function.json folders for
/// the fully configured (built, routes mapped, not started) app and exits. The publish targets run
/// it, so function.json always matches the code. Checks that host.json, if present in the folder,
/// names this executable.
/// </summary>
public static class FunctionsGenerator
{
    public const string Argument = "--generate-functions";

    /// <summary>Returns true when the arguments asked for generation (done, or failed with a message
    /// and exit code 1); the caller then exits instead of running the app.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, Argument);
        if (index < 0)
        {
            return false;
        }

        output ??= Console.Out;
        if (index + 1 >= args.Length)
        {
            await output.WriteLineAsync($"{Argument} needs an output directory.").ConfigureAwait(false);
            Environment.ExitCode = 1;
            return true;
        }

        try
        {
            var written = await GenerateAsync(app, args[index + 1]).ConfigureAwait(false);
            await output.WriteLineAsync($"Wrote {written.Count} function.json files to {Path.GetFullPath(args[index + 1])}: {string.Join(", ", written)}").ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            await output.WriteLineAsync($"function.json generation failed: {ex.Message}").ConfigureAwait(false);
            Environment.ExitCode = 1;
        }

        return true;
    }

    public static Task<IReadOnlyList<string>> GenerateAsync(WebApplication app, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var registry = app.Services.GetService<DurableTaskRegistry>()
            ?? throw new InvalidOperationException("No DurableTaskRegistry is registered, so orchestrators and activities are unknown.");
        var catalog = FunctionCatalog.Create(registry, ((IEndpointRouteBuilder)app).DataSources);
        CheckHostJson(outputDirectory);
        return FunctionJsonWriter.WriteAsync(catalog, outputDirectory, cancellationToken);
    }

    private static void CheckHostJson(string outputDirectory)
    {
        var hostJson = Path.Combine(outputDirectory, "host.json");
        if (!File.Exists(hostJson))
        {
            return;
        }

        var settings = HostJsonSettings.Read(hostJson);
        var executable = Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? string.Empty);
        if (!string.Equals(settings.DefaultExecutablePath, "AmbassadorFlows.Functions", StringComparison.Ordinal)
            && !string.Equals(settings.DefaultExecutablePath, executable, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"host.json customHandler.description.defaultExecutablePath is '{settings.DefaultExecutablePath}', not this executable.");
        }
    }
}
