using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Workflows.Ports;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace AmbassadorFlows.Functions.Storage.Tables;

public static class TableStorageServiceCollectionExtensions
{
    /// <summary>
    /// The app state of Azure mode on Azure Tables: <see cref="TableApprovalStore"/> (approvals
    /// and audit), <see cref="TableCohortProgress"/>, and <see cref="TableSentMailLog"/> as the
    /// <see cref="IEmailSender"/> in front of the email adapter already registered (ACS), if any, and
    /// <see cref="TableWorkClaims"/>, which the instances sharing these tables claim work through.
    /// Settings under <c>AmbassadorFlows:Tables</c>: <c>ConnectionString</c> (Azurite), or
    /// <c>ServiceUri</c>, else the host's <c>AzureWebJobsStorage__tableServiceUri</c>, with the managed
    /// identity (<c>AZURE_CLIENT_ID</c> selects the user-assigned one; no keys anywhere).
    /// </summary>
    /// <exception cref="InvalidOperationException">No table endpoint is configured.</exception>
    public static IServiceCollection AddTableAppState(this IServiceCollection services, IConfiguration configuration, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new AppTablesOptions();
        configuration.GetSection(AppTablesOptions.Section).Bind(options);
        if (options.ServiceUri is null && string.IsNullOrEmpty(options.ConnectionString)
            && Uri.TryCreate(configuration["AzureWebJobsStorage:tableServiceUri"], UriKind.Absolute, out var hostTables))
        {
            options.ServiceUri = hostTables;
        }

        if (options.ServiceUri is null && string.IsNullOrEmpty(options.ConnectionString))
        {
            throw new InvalidOperationException($"No table storage for the app state: set AzureWebJobsStorage__tableServiceUri (as the infra does) or {AppTablesOptions.Section.Replace(":", "__", StringComparison.Ordinal)}__ServiceUri, or __ConnectionString for Azurite.");
        }

        var client = new Lazy<TableServiceClient>(() => CreateServiceClient(options, credential ?? CreateCredential(configuration)));
        services.AddSingleton(_ => new TableApprovalStore(client.Value, options.TablePrefix));
        services.AddSingleton<IApprovalStore>(sp => sp.GetRequiredService<TableApprovalStore>());
        services.AddSingleton<IApprovalHistory>(sp => sp.GetRequiredService<TableApprovalStore>());
        services.AddSingleton<IApprovalAssignment>(sp => sp.GetRequiredService<TableApprovalStore>());
        services.AddSingleton(_ => new TableCohortProgress(client.Value, options.TablePrefix));
        services.AddSingleton<ICohortProgress>(sp => sp.GetRequiredService<TableCohortProgress>());
        services.AddSingleton<IProgressCounts>(sp => sp.GetRequiredService<TableCohortProgress>());
        services.AddSingleton<ICohortProgressPages>(sp => sp.GetRequiredService<TableCohortProgress>());
        services.AddSingleton(_ => new TableCohortList(client.Value, options.TablePrefix));
        services.AddSingleton<ICohortList>(sp => sp.GetRequiredService<TableCohortList>());
        services.AddSingleton<ICohortRegister>(sp => sp.GetRequiredService<TableCohortList>());

        EmailRelay.CaptureRegisteredSender(services);
        services.AddSingleton(sp => new TableSentMailLog(client.Value, sp.GetRequiredService<TimeProvider>(), EmailRelay.Resolve(sp), options.TablePrefix));
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<TableSentMailLog>());
        services.AddSingleton<ISentMailLog>(sp => sp.GetRequiredService<TableSentMailLog>());
        services.AddSingleton<Personal.IOpenRequests>(sp => sp.GetRequiredService<TableApprovalStore>());
        services.AddSingleton(_ => new TablePersonalPages(client.Value, options.TablePrefix));
        services.AddSingleton<Personal.IPersonalPageStore>(sp => sp.GetRequiredService<TablePersonalPages>());
        services.AddSingleton<Privacy.IPersonalDataStore>(sp => sp.GetRequiredService<TablePersonalPages>());
        services.AddPersonalDataStores<TableSentMailLog, TableCohortProgress, TableApprovalStore>();
        // Real time: a claim outlives the process that took it, whatever the app's clock says.
        services.AddSingleton<IWorkClaims>(_ => new TableWorkClaims(client.Value, TimeProvider.System, options.TablePrefix));
        services.AddSingleton(_ => new TableProgrammeStore(client.Value, options.TablePrefix));
        services.AddProgrammeStore<TableProgrammeStore>();
        services.AddSingleton<Operations.IOpsDigestStore>(_ => new Operations.TableOpsDigestStore(client.Value, options.TablePrefix));
        services.AddSingleton<Dashboard.IDryRunStore>(_ => new TableDryRunStore(client.Value, options.TablePrefix));
        return services;
    }

    public static TableServiceClient CreateServiceClient(AppTablesOptions options, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString);
        }

        return options.ServiceUri is { } uri
            ? new TableServiceClient(uri, credential)
            : throw new InvalidOperationException($"Set {AppTablesOptions.Section}:ServiceUri (or AzureWebJobsStorage__tableServiceUri) or {AppTablesOptions.Section}:ConnectionString.");
    }

    private static TokenCredential CreateCredential(IConfiguration configuration)
        => configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
}
