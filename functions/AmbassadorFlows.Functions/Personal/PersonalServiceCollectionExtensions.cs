namespace AmbassadorFlows.Functions.Personal;

public static class PersonalServiceCollectionExtensions
{
    /// <summary>The personal pages, common to both modes (each mode registers its own <see cref="IPersonalPageStore"/> and <see cref="IOpenRequests"/>).</summary>
    public static IServiceCollection AddPersonalPages(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<PersonalTokenService>();
        services.AddSingleton<PersonalLinks>();
        services.AddSingleton<PersonalLinkRotation>();
        services.AddSingleton<PersonalFormProtection>();
        services.AddSingleton<PersonalPageReader>();
        services.AddSingleton<PersonalPageServices>();
        services.AddSingleton<CohortIdeasReader>();
        return services;
    }
}
