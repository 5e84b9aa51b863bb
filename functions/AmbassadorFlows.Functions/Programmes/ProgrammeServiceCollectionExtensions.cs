using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Programmes;

public static class ProgrammeServiceCollectionExtensions
{
    /// <summary>Programmes come from the mode's store (already registered as itself): the catalogue
    /// cohorts start on replaces the workflows' default (the shipped files), which seed the store.</summary>
    public static IServiceCollection AddProgrammeStore<TStore>(this IServiceCollection services)
        where TStore : class, IProgrammeStore
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IProgrammeStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<StoredProgrammeCatalog>();
        services.AddSingleton<IProgrammeCatalog>(sp => sp.GetRequiredService<StoredProgrammeCatalog>());
        services.AddSingleton<ProgrammeAuthoring>();
        return services;
    }
}
