using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AmbassadorFlows.Tests.Shared;

/// <summary>
/// Azurite (blob, queue and table, as DTFx's Azure Storage provider needs; the Tables stores use the
/// table endpoint) for a test class or collection: installed from npm (pinned) into artifacts/azurite
/// under the repository when missing, started in memory on free loopback ports in a temp folder,
/// stopped at the end. Linked into each test project that needs it (tests/Shared).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string Version = "3.37.0";

    // Azurite's documented development account; a public constant, not a secret.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;
    private string? _workspace;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "azurite");
        var executable = Path.Combine(folder, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            Directory.CreateDirectory(folder);
            await RunAsync("npm", $"install azurite@{Version} --no-audit --no-fund --silent", folder, TimeSpan.FromMinutes(5));
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        _workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
        _process = Process.Start(new ProcessStartInfo(executable,
            $"--inMemoryPersistence --silent --skipApiVersionCheck --loose --disableTelemetry "
            + $"--blobHost 127.0.0.1 --blobPort {blob} --queueHost 127.0.0.1 --queuePort {queue} --tableHost 127.0.0.1 --tablePort {table}")
        {
            WorkingDirectory = _workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table })
        {
            await WaitForPortAsync(port, TimeSpan.FromSeconds(60));
        }

        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevAccountKey
            + $";BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1"
            + $";TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_workspace is not null)
        {
            try
            {
                Directory.Delete(_workspace, recursive: true);
            }
            catch (IOException)
            {
                // Still closing; it is a temp folder.
            }
        }
    }

    private void Record(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}: {Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
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
