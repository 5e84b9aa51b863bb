using System.Text.Json;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Observability;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>
/// Azure mode: the .NET isolated worker the Functions host starts. The host's Durable extension runs
/// the orchestrations (on Azure Storage, host.json) and serves the Durable management API; this
/// process runs the functions in this folder, with the app's state on Azure Tables.
/// </summary>
public static class AzureWorker
{
    /// <summary>
    /// The serializer of every Durable payload (inputs, outputs, events, custom status) and of the
    /// <c>[DurableClient]</c>: the same JSON as the SDK's <c>JsonDataConverter.Default</c>, which local mode
    /// uses, so an instance's history reads the same in both modes.
    /// </summary>
    public static JsonSerializerOptions DurablePayloadOptions { get; } = new() { IncludeFields = true };

    /// <exception cref="InvalidOperationException">A required setting is missing (the message names it).</exception>
    public static IHost Build(string[] args, Action<FunctionsApplicationBuilder>? configure = null)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<SecurityHeadersMiddleware>();
        builder.UseMiddleware<AccessMiddleware>();
        builder.AddAmbassadorTelemetry(exportLogs: false);
        builder.Services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(DurablePayloadOptions));
        builder.Services.AddAmbassadorFlowsCommon(builder.Configuration);
        builder.Services.AddAmbassadorFlowsAzure(builder.Configuration);
        builder.Services.AddPlatformAccess();
        configure?.Invoke(builder);
        return builder.Build();
    }
}
