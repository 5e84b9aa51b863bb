namespace AmbassadorFlows.Functions.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Registers one mode's stores for erasure and export (each already registered as itself).
    /// They are erased in this order: the approvals go last, as they are where addresses and texts are
    /// found again should an erasure be interrupted and run once more.</summary>
    public static IServiceCollection AddPersonalDataStores<TSentMail, TProgress, TApprovals>(this IServiceCollection services)
        where TSentMail : class, IPersonalDataStore
        where TProgress : class, IPersonalDataStore, IErasureSchedule
        where TApprovals : class, IPersonalDataStore
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IErasureSchedule>(sp => sp.GetRequiredService<TProgress>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TSentMail>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TProgress>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TApprovals>());
        return services;
    }
}
