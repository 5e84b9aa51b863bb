using System.Diagnostics;

namespace AmbassadorFlows.Functions.Observability;

/// <summary>The app's trace source, exported with ASP.NET Core's and HttpClient's spans
/// (<c>TelemetryHostingExtensions.AddAmbassadorTelemetry</c>).</summary>
public static class FunctionsTelemetry
{
    public const string SourceName = "AmbassadorFlows.Functions";

    public static ActivitySource Source { get; } = new(SourceName);
}
