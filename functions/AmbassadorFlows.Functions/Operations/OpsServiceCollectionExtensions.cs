namespace AmbassadorFlows.Functions.Operations;

public static class OpsServiceCollectionExtensions
{
    /// <summary>The ops digest's settings (<see cref="OpsOptions.SectionName"/>) and logic; each mode adds
    /// its <see cref="IOpsDigestStore"/> and schedule (local: <see cref="OpsDigestService"/>; Azure: the timer function).</summary>
    public static IServiceCollection AddOpsDigest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new OpsOptions();
        configuration.GetSection(OpsOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<OpsDigestComposer>();
        services.AddSingleton<OpsDigest>();
        return services;
    }
}
