using AmbassadorFlows.Workflows.Ports;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Storage.Tables;

public static class TableStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TableApprovalStore"/> as the <see cref="IApprovalStore"/> (replacing any
    /// other). Settings under <c>ApprovalStore:Tables</c>: <c>ConnectionString</c> (Azurite), or
    /// <c>ServiceUri</c>, else the host's <c>AzureWebJobsStorage__tableServiceUri</c>, with the managed
    /// identity (<c>AZURE_CLIENT_ID</c> selects the user-assigned one; no keys anywhere).
    /// </summary>
    public static IServiceCollection AddTableApprovalStore(this IServiceCollection services, IConfiguration configuration, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new TableApprovalStoreOptions();
        configuration.GetSection(TableApprovalStoreOptions.Section).Bind(options);
        if (options.ServiceUri is null && options.ConnectionString is null
            && Uri.TryCreate(configuration["AzureWebJobsStorage:tableServiceUri"], UriKind.Absolute, out var hostTables))
        {
            options.ServiceUri = hostTables;
        }

        services.Replace(ServiceDescriptor.Singleton<IApprovalStore>(_ => new TableApprovalStore(CreateServiceClient(options, credential ?? CreateCredential(configuration)), options.TablePrefix)));
        return services;
    }

    public static TableServiceClient CreateServiceClient(TableApprovalStoreOptions options, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString);
        }

        return options.ServiceUri is { } uri
            ? new TableServiceClient(uri, credential)
            : throw new InvalidOperationException($"Set {TableApprovalStoreOptions.Section}:ServiceUri (or AzureWebJobsStorage__tableServiceUri) or {TableApprovalStoreOptions.Section}:ConnectionString.");
    }

    private static TokenCredential CreateCredential(IConfiguration configuration)
        => configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
}
