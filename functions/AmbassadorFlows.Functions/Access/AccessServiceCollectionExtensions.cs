using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Local;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace AmbassadorFlows.Functions.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>Local mode's caller: keys from <see cref="AccessOptions"/> (the gate is common; <see cref="UseAccessGate"/> runs it),
    /// and the sign-in cookie: ASP.NET Core cookie authentication, its Data Protection keys in the data folder,
    /// the session itself on the server (<see cref="MemoryTicketStore"/>).</summary>
    public static IServiceCollection AddLocalAccess(this IServiceCollection services)
    {
        var dataPath = services.GetAppOptions().DataPath;
        services.AddDataProtection()
            .SetApplicationName("AmbassadorFlows")
            .PersistKeysToFileSystem(new DirectoryInfo(PrivateDataFolder.Subfolder(dataPath, "keys")));
        services.AddSingleton<MemoryTicketStore>();
        services.AddAuthentication(LocalCallerResolver.Scheme).AddCookie(LocalCallerResolver.Scheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(LocalCallerResolver.Scheme).Configure<MemoryTicketStore>((o, store) =>
        {
            o.Cookie.Name = LocalCallerResolver.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = LocalCallerResolver.SessionLifetime;
            o.SlidingExpiration = false;
            o.SessionStore = store;
            // The access gate answers 401/403 itself (problem details); no redirects to a login path.
            o.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SameOriginGuard>(sp, true));
        services.AddSingleton<LocalCallerResolver>();
        services.AddSingleton<ICallerResolver>(sp => sp.GetRequiredService<LocalCallerResolver>());
        return services;
    }

    /// <summary>Azure mode's caller: whoever App Service Authentication signed in (<see cref="AccessMiddleware"/> runs the gate).</summary>
    public static IServiceCollection AddPlatformAccess(this IServiceCollection services)
        => services.AddSingleton<ICallerResolver, PlatformCallerResolver>()
            // The platform routes by host name before we see a request, so only the origin is checked.
            .AddSingleton(sp => ActivatorUtilities.CreateInstance<SameOriginGuard>(sp, false));

    /// <summary>Runs <see cref="AccessGate"/> on every request that matched an endpoint, with the
    /// endpoint's rule (the handler's attributes become its metadata).</summary>
    public static IApplicationBuilder UseAccessGate(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            // Route endpoints only: routing's own 405/415 endpoints carry no rule and serve no data.
            if (context.GetEndpoint() is RouteEndpoint endpoint)
            {
                var gate = context.RequestServices.GetRequiredService<AccessGate>();
                var isPublic = endpoint.Metadata.GetMetadata<PublicRouteAttribute>();
                var denied = gate.Check(context, endpoint.Metadata.GetMetadata<RequireRolesAttribute>(), isPublic)
                    ?? await context.RequestServices.GetRequiredService<SameOriginGuard>().CheckAsync(context, isPublic);
                if (denied is not null)
                {
                    await denied.ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });
}
