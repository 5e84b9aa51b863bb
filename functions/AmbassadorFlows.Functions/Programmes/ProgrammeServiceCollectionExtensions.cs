using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Programmes;

public static class ProgrammeServiceCollectionExtensions
{
    /// <summary>Programmes come from the mode's store (already registered as itself), seeded with the
    /// shipped files: the catalogue cohorts start on replaces the workflows' default (the files alone).</summary>
    public static IServiceCollection AddProgrammeStore<TStore>(this IServiceCollection services)
        where TStore : class, IProgrammeStore
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IProgrammeStore>(sp => new SeededProgrammeStore(sp.GetRequiredService<TStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StoredProgrammeCatalog>();
        services.AddSingleton<IProgrammeCatalog>(sp => sp.GetRequiredService<StoredProgrammeCatalog>());
        services.AddSingleton<ProgrammeAuthoring>();
        return services;
    }
}
