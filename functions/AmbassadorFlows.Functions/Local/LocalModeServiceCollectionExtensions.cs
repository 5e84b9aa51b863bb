using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Operations;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Local;

/// <summary>
/// Local mode's own services, on top of the common ones: the local Durable runtime (the official
/// worker and client on DTFx, our SQLite backend) with the workflows registered, the sweep that
/// redelivers owed decisions on a schedule, the SQLite
/// approval store, outbox and progress read model, the JSON directory, generated local secrets and
/// the start-up banner. No cloud account. A production email adapter registered by the integrations
/// (SMTP, ACS) becomes the outbox's relay, so the outbox still shows every message.
/// </summary>
public static class LocalModeServiceCollectionExtensions
{
    private const string AppDatabaseFile = "ambassadorflows-app.db";

    /// <param name="contentRootPath">What a relative <see cref="LocalModeOptions.DataPath"/> is relative to.</param>
    /// <param name="configuration">With <c>AmbassadorFlows:Tables</c> set (Azurite, or an account), the app's
    /// stores are Azure mode's tables instead of the SQLite file: local mode on exactly Azure's stores.</param>
    public static IServiceCollection AddAmbassadorFlowsLocal(this IServiceCollection services, string contentRootPath, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);
        var options = services.GetAppOptions();

        // Resolved once, against the content root: every file, the banner and the dry run agree on
        // one folder, whatever the working directory becomes later.
        options.DataPath = Path.GetFullPath(options.DataPath, contentRootPath);

        var tables = new AppTablesOptions();
        configuration?.GetSection(AppTablesOptions.Section).Bind(tables);
        var durableFile = options.Durable.Backend == LocalBackend.Sqlite ? options.DataFile("ambassadorflows-durable.db") : null;
        var onTables = configuration is not null && (tables.ServiceUri is not null || !string.IsNullOrEmpty(tables.ConnectionString));

        // The runtime opens its file as soon as it is built; the folder must exist by then, owner-only.
        PrivateDataFolder.Prepare(options.DataPath, [.. new[] { durableFile, onTables ? null : options.DataFile(AppDatabaseFile) }.OfType<string>()]);
        services.AddSingleton(new ClientAddress(trustForwardedFor: false));
        services.AddSingleton(sp => LocalSecrets.Load(sp.GetRequiredService<LocalModeOptions>()));
        services.AddSingleton(sp => sp.GetRequiredService<LocalSecrets>().SigningKeys);

        if (onTables && configuration is not null)
        {
            services.AddTableAppState(configuration);
            services.AddSingleton<IStorageCompaction>(_ => new SqliteFileCompaction(null, durableFile));
        }
        else
        {
            AddSqliteAppState(services);
            services.AddSingleton<IStorageCompaction>(sp => new SqliteFileCompaction(sp.GetRequiredService<AppDatabase>(), durableFile));
        }

        // The worker is a hosted service; the client (DurableTaskClient in DI) is what every handler gets.
        services.AddLocalDurableTask(
            runtime => options.Durable.ApplyTo(runtime, options.DataFile("ambassadorflows-durable.db")),
            registry => AmbassadorWorkflows.Register(registry));
        services.AddHostedService<DecisionRedeliveryService>();
        services.AddHostedService<ErasureService>();
        services.AddHostedService<OpsDigestService>();
        services.AddHostedService<Reassignment.ManagerChangeSweepService>();
        services.TryAddKeyedSingleton(StartupBanner.OutputKey, Console.Out);
        services.AddHostedService<StartupBanner>();
        return services;
    }

    /// <summary>The app's stores in its SQLite file (the default).</summary>
    private static void AddSqliteAppState(IServiceCollection services)
    {
        services.AddSingleton(sp => new AppDatabase(sp.GetRequiredService<LocalModeOptions>().DataFile(AppDatabaseFile)));
        services.AddSingleton<SqliteApprovalStore>();
        services.AddSingleton<IApprovalStore>(sp => sp.GetRequiredService<SqliteApprovalStore>());
        services.AddSingleton<IApprovalHistory>(sp => sp.GetRequiredService<SqliteApprovalStore>());
        services.AddSingleton<IApprovalAssignment>(sp => sp.GetRequiredService<SqliteApprovalStore>());
        EmailRelay.CaptureRegisteredSender(services);
        services.AddSingleton(sp => new SqliteOutbox(
            sp.GetRequiredService<AppDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            EmailRelay.Resolve(sp)));
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<SqliteOutbox>());
        services.AddSingleton<ISentMailLog>(sp => sp.GetRequiredService<SqliteOutbox>());
        services.AddSingleton<SqliteCohortProgress>();
        services.AddSingleton<ICohortProgress>(sp => sp.GetRequiredService<SqliteCohortProgress>());
        services.AddSingleton<IProgressCounts>(sp => sp.GetRequiredService<SqliteCohortProgress>());
        services.AddSingleton<ICohortProgressPages>(sp => sp.GetRequiredService<SqliteCohortProgress>());
        services.AddSingleton<SqliteCohortList>();
        services.AddSingleton<ICohortList>(sp => sp.GetRequiredService<SqliteCohortList>());
        services.AddSingleton<ICohortRegister>(sp => sp.GetRequiredService<SqliteCohortList>());
        services.AddSingleton<Health.IHealthSnapshots, SqliteHealthSnapshots>();
        services.AddSingleton<Health.ICohortFigureParts, SqliteCohortFigures>();
        services.AddSingleton<Personal.IOpenRequests>(sp => sp.GetRequiredService<SqliteApprovalStore>());
        services.AddSingleton<SqlitePersonalPages>();
        services.AddSingleton<Personal.IPersonalPageStore>(sp => sp.GetRequiredService<SqlitePersonalPages>());
        services.AddSingleton<Privacy.IPersonalDataStore>(sp => sp.GetRequiredService<SqlitePersonalPages>());
        services.AddPersonalDataStores<SqliteOutbox, SqliteCohortProgress, SqliteApprovalStore>();
        // Real time: a claim outlives the process that took it, whatever the app's clock says.
        services.AddSingleton<IWorkClaims>(sp => new SqliteWorkClaims(sp.GetRequiredService<AppDatabase>(), TimeProvider.System));
        services.AddSingleton<SqliteProgrammeStore>();
        services.AddProgrammeStore<SqliteProgrammeStore>();
        services.AddSingleton<IOpsDigestStore>(sp => new SqliteOpsDigestStore(sp.GetRequiredService<AppDatabase>()));
        services.AddSingleton<Dashboard.IDryRunStore>(sp => new SqliteDryRunStore(sp.GetRequiredService<AppDatabase>()));
    }
}
