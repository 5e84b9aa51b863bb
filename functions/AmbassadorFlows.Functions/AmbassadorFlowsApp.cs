using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Functions.People;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Reminders;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions;

/// <summary>Builds local mode's web app. Program.cs calls it when the Functions host did not start
/// the executable; tests call it too, with their own configuration and services, to run the real
/// app on Kestrel.</summary>
public static class AmbassadorFlowsApp
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// Local mode: the local Durable runtime on SQLite, the app's stores on SQLite, the shared
    /// handlers as minimal-API routes and our Durable-compatible management API, on
    /// <see cref="DefaultUrl"/> unless urls are configured.
    /// </summary>
    /// <param name="configure">Runs after the app's own registrations (tests replace services here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        LocalLoggingDefaults.Apply(builder.Configuration);
        builder.AddAmbassadorTelemetry();
        builder.Services.AddAmbassadorFlowsCommon(builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddAmbassadorFlowsLocal(builder.Environment.ContentRootPath, builder.Configuration);
        builder.Services.AddLocalAccess();
        configure?.Invoke(builder);

        // Without keys everyone is the local admin: refuse to start where other machines could connect.
        LocalBinding.EnsureProtected(builder.Configuration, builder.Services.GetAppOptions().Access);

        var app = builder.Build();
        app.UseHttpLogging(); // request lines with link tokens redacted (TelemetryHostingExtensions)
        app.UseSecurityHeaders();
        // Failures and framework 4xx (415 from content-type matching, 405, 404 of unknown routes)
        // get a problem-details body too, never an empty response or a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication(); // restores a local sign-in session for the access gate
        app.UseAccessGate();
        app.MapLocalSignIn();
        app.MapCohortApi();
        app.MapAudit();
        app.MapPrivacy();
        app.MapProgrammes();
        app.MapApprovalEndpoints();
        app.MapPersonalPages();
        app.MapSiteStylesheet();
        app.MapSiteFavicon();
        app.MapManagementApi();
        app.MapDashboard();
        app.MapNewCohortForm();
        app.MapPeople();
        app.MapReassignment();
        app.MapReminders();
        app.MapClosePostingForm();
        app.MapCohortChanges();
        app.MapHealth();
        return app;
    }

    /// <summary><see cref="SecurityHeaders"/> on every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response.Headers);
            await next(context);
        });
}
