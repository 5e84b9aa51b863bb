using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Management;

namespace AmbassadorFlows.Functions;

/// <summary>Builds the executable's web app. Program.cs calls it; tests call it too, with their own
/// configuration and services, to run the real app on Kestrel.</summary>
public static class AmbassadorFlowsApp
{
    public const string DefaultUrl = "http://localhost:7071";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Seam for the hosting mode: custom-handler mode (FUNCTIONS_CUSTOMHANDLER_PORT set) registers
        // its own services and endpoints here instead of the local engine; local mode is the default.
        builder.Services.AddProblemDetails();
        builder.Services.AddAmbassadorFlowsLocal(builder.Configuration);
        builder.Services.AddCohortApi();
        builder.Services.AddDashboard();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        // Failures and framework 4xx (415 from content-type matching, 405, 404 of unknown routes)
        // get a problem-details body too, never an empty response or a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapCohortApi();
        app.MapApprovalEndpoints();
        app.MapManagementApi();
        app.MapDashboard();
        return app;
    }

    /// <summary>Headers every response carries: no Referer leaks (links hold tokens), no sniffing,
    /// no framing of our pages by other sites.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            await next(context);
        });
}
