using AmbassadorFlows.Durable.Hosting;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

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
        await using var runtime = await LocalDurableRuntime.StartAsync(options, HubWorkload.Register, services => services.AddSingleton(mail));
        await Console.Out.WriteLineAsync("ready");
        await Console.Out.FlushAsync();
        await Task.Run(() => Console.In.ReadToEnd());
        return 0;
    }
}
