using System.Diagnostics;

namespace AmbassadorFlows.Functions.Observability;

/// <summary>The app's trace source: one span per custom-handler invocation (orchestrator turn,
/// activity, HTTP function), tagged like the log scopes.</summary>
public static class FunctionsTelemetry
{
    public const string SourceName = "AmbassadorFlows.Functions";

    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";

    public static ActivitySource Source { get; } = new(SourceName);
}
