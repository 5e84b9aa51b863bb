using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// Azurite's table service for the test run: installed from npm (pinned) into artifacts/azurite
/// under the repository when missing, started in memory on a free loopback port, stopped at the end.
/// AZURITE_TABLE_CONNECTION_STRING points the tests at an Azurite that is already running instead.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string Version = "3.37.0";

    // Azurite's documented development account; a public constant, not a secret.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_TABLE_CONNECTION_STRING") is { Length: > 0 } existing)
        {
            ConnectionString = existing;
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "artifacts", "azurite");
        var executable = Path.Combine(folder, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            Directory.CreateDirectory(folder);
            await RunAsync("npm", $"install azurite@{Version} --no-audit --no-fund --silent", folder, TimeSpan.FromMinutes(5));
        }

        var port = FreePort();
        var workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
        _process = Process.Start(new ProcessStartInfo(executable,
            $"--inMemoryPersistence --silent --skipApiVersionCheck --disableProductStyleUrl --tableHost 127.0.0.1 --tablePort {port}")
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortAsync(port, TimeSpan.FromSeconds(60));
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task RunAsync(string file, string arguments, string workingDirectory, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory })
            ?? throw new InvalidOperationException($"{file} did not start.");
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed with exit code {process.ExitCode}.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The checkout the tests were built from (stamped into the assembly by the csproj).</summary>
    internal static string RepositoryRoot()
        => typeof(AzuriteFixture).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
               .Cast<System.Reflection.AssemblyMetadataAttribute>()
               .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
           ?? throw new InvalidOperationException("The repository root is not stamped into the test assembly.");
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
