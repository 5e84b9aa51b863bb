using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.AspNetCore.HttpLogging;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AmbassadorFlows.Functions.Observability;

public static class TelemetryHostingExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>ASP.NET Core's per-request hosting logger: its lines and scope hold the raw request path.</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// Logs and traces to Application Insights through OpenTelemetry when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; nothing otherwise. Log scopes are exported
    /// as properties, plus trace and span ids. With
    /// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING=ClientId=…;Authorization=AAD</c> (App Insights with
    /// local auth off) telemetry is sent with that managed identity. In the Functions worker pass
    /// <paramref name="exportLogs"/> false: the host already forwards the worker's logs (with function
    /// name and invocation id) to Application Insights, and exporting them here too would double them.
    /// </summary>
    public static TBuilder AddAmbassadorTelemetry<TBuilder>(this TBuilder builder, bool exportLogs = true)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        // Link tokens stay out of logs and spans. ASP.NET Core's hosting lines ("Request starting …") and
        // the RequestPath scope it puts on every line of a request carry the raw path: that logger is off,
        // and local mode logs redacted request lines instead (UseRedactedRequestLogging). Spans are
        // redacted before any exporter sees them, so the same wiring holds whatever is exported.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.None);
        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        builder.Services.AddHttpLoggingInterceptor<RedactingHttpLoggingInterceptor>();
        var tracing = builder.Services.AddOpenTelemetry().WithTracing(t => t
            .SetResourceBuilder(Resource())
            .AddSource(FunctionsTelemetry.SourceName, "Microsoft.AspNetCore", "System.Net.Http")
            .AddProcessor(new RedactingActivityProcessor()));

        var connectionString = builder.Configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        var credential = CreateCredential(builder.Configuration[AuthenticationStringSetting]);
        void Configure(AzureMonitorExporterOptions options)
        {
            options.ConnectionString = connectionString;
            if (credential is not null)
            {
                options.Credential = credential;
            }
        }

        if (exportLogs)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
                logging.SetResourceBuilder(Resource());
                logging.AddAzureMonitorLogExporter(Configure);
            });
        }

        tracing.WithTracing(t => t.AddAzureMonitorTraceExporter(Configure));
        return builder;
    }

    /// <summary>The identity named in an App Insights authentication string, or null for key-based ingestion.</summary>
    public static TokenCredential? CreateCredential(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString)
            || !authenticationString.Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var clientId = authenticationString.Split(';')
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2 && kv[0].Trim().Equals("ClientId", StringComparison.OrdinalIgnoreCase))
            .Select(kv => kv[1].Trim())
            .FirstOrDefault();
        return string.IsNullOrEmpty(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    private static ResourceBuilder Resource()
        => ResourceBuilder.CreateDefault().AddService("AmbassadorFlows.Functions");
}
