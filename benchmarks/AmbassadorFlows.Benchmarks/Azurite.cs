using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AmbassadorFlows.Benchmarks;

/// <summary>Azurite in memory on free ports, from the copy the tests and <c>.ci/run</c> install
/// (artifacts/azurite).</summary>
internal sealed class Azurite : IDisposable
{
    public const string InstallHint = "run the Azure Storage tests once, or `npm install azurite@3.37.0` in artifacts/azurite";

    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private Azurite(Process process, string connectionString)
    {
        _process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>CPU the emulator (a process of its own) has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static Task<Azurite> StartAsync()
        => StartAsync(FindExecutable() ?? throw new InvalidOperationException($"Azurite not found under artifacts/azurite: {InstallHint}."));

    public static async Task<Azurite> StartAsync(string executable)
    {
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var workspace = Directory.CreateTempSubdirectory("af-bench-azurite-").FullName;
        var process = Process.Start(new ProcessStartInfo(executable,
            $"--inMemoryPersistence --silent --skipApiVersionCheck --loose --disableTelemetry --blobHost 127.0.0.1 --blobPort {blob} --queueHost 127.0.0.1 --queuePort {queue} --tableHost 127.0.0.1 --tablePort {table}")
        { WorkingDirectory = workspace, RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("Azurite did not start.");
        foreach (var port in new[] { blob, queue, table })
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
                {
                    await Task.Delay(100);
                }
            }
        }

        return new Azurite(process, "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevAccountKey
            + $";BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>The azurite launcher under artifacts/azurite in this folder or one above it, or null.</summary>
    public static string? FindExecutable()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "artifacts", "azurite", "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
