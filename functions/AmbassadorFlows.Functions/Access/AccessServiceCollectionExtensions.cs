namespace AmbassadorFlows.Functions.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>Local mode: keys from <see cref="AccessOptions"/>, the gate as middleware over endpoint metadata.</summary>
    public static IServiceCollection AddLocalAccess(this IServiceCollection services)
    {
        services.AddSingleton<LocalCallerResolver>();
        services.AddSingleton<ICallerResolver>(sp => sp.GetRequiredService<LocalCallerResolver>());
        services.AddSingleton<AccessGate>();
        return services;
    }

    /// <summary>Azure mode: the caller App Service Authentication signed in.</summary>
    public static IServiceCollection AddPlatformAccess(this IServiceCollection services)
    {
        services.AddSingleton<ICallerResolver, PlatformCallerResolver>();
        services.AddSingleton<AccessGate>();
        return services;
    }

    /// <summary>Runs <see cref="AccessGate"/> on every request that matched an endpoint, with the
    /// endpoint's rule (the handler's attributes become its metadata).</summary>
    public static IApplicationBuilder UseAccessGate(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            // Route endpoints only: routing's own 405/415 endpoints carry no rule and serve no data.
            if (context.GetEndpoint() is RouteEndpoint endpoint)
            {
                var gate = context.RequestServices.GetRequiredService<AccessGate>();
                if (gate.Check(context, endpoint.Metadata.GetMetadata<RequireRolesAttribute>(), endpoint.Metadata.GetMetadata<PublicRouteAttribute>()) is { } denied)
                {
                    await denied.ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });
}
