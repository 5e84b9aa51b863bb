using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.CustomHandler;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Observability;

namespace AmbassadorFlows.Functions;

/// <summary>Builds the executable's web app. Program.cs calls it; tests call it too, with their own
/// configuration and services, to run the real app on Kestrel.</summary>
public static class AmbassadorFlowsApp
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// Local mode (default): the embedded engine on SQLite, on <see cref="DefaultUrl"/> unless urls are
    /// configured. Custom-handler mode (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set by the Functions host):
    /// 127.0.0.1 on that port, the Durable HTTP API as the client, app state on Azure Tables, and no
    /// management API of our own (the Durable extension serves it).
    /// </summary>
    /// <exception cref="InvalidOperationException">Custom-handler mode lacks a required setting (the message names it).</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var customHandler = CustomHandlerMode.IsEnabled(builder.Configuration);
        builder.AddAmbassadorTelemetry();
        builder.Services.AddAmbassadorFlowsCommon(builder.Configuration);
        if (customHandler)
        {
            builder.AddCustomHandlerMode();
        }
        else
        {
            if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            {
                builder.WebHost.UseUrls(DefaultUrl);
            }

            builder.Services.AddAmbassadorFlowsLocal(builder.Environment.ContentRootPath);
        }

        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        // Failures and framework 4xx (415 from content-type matching, 405, 404 of unknown routes)
        // get a problem-details body too, never an empty response or a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapCohortApi();
        app.MapApprovalEndpoints();
        if (!customHandler)
        {
            app.MapManagementApi();
        }

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
