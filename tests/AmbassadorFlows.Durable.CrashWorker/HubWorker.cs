using AmbassadorFlows.Durable.Hosting;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.CrashWorker;

/// <summary>One worker process on a shared Azure Storage task hub, with the runtime's defaults (its
/// own worker id, the default visibility and lease timeouts), as each app instance runs.</summary>
internal static class HubWorker
{
    public static async Task<int> RunAsync(string connectionString, string hub)
    {
        var mail = new TableClient(connectionString, HubWorkload.MailTable(hub));
        await mail.CreateIfNotExistsAsync();
        var options = new LocalRuntimeOptions { Backend = LocalBackend.AzureStorage, AzureStorageConnectionString = connectionString, TaskHubName = hub };
        // AF_HUB_LOG names a folder: each worker writes its DTFx traces to <folder>/<pid>.log.
        var logFolder = Environment.GetEnvironmentVariable("AF_HUB_LOG");
        using var logs = string.IsNullOrEmpty(logFolder) ? null : new LoggerFactory([new FileLog(Path.Combine(logFolder, $"{Environment.ProcessId}.log"))]);
        await using var runtime = await LocalDurableRuntime.StartAsync(options, HubWorkload.Register, services => services.AddSingleton(mail), loggerFactory: logs);
        await Console.Out.WriteLineAsync("ready");
        await Console.Out.FlushAsync();
        await Task.Run(() => Console.In.ReadToEnd());
        return 0;
    }
}
