namespace AmbassadorFlows.Functions.Azure;

/// <summary>
/// Tells whether the Azure Functions host started this process as its language worker. The host
/// always passes where to call it back (<c>--functions-uri</c>, and <c>--host/--port/--workerId</c>
/// for older workers); the Worker SDK also reads that endpoint from configuration
/// (<c>Functions:Worker:HostEndpoint</c>). <c>FUNCTIONS_WORKER_RUNTIME</c> alone is not enough: it is an
/// app setting that may sit in a developer's environment while they run local mode.
/// </summary>
public static class FunctionsHostLaunch
{
    public const string HostEndpointArgument = "--functions-uri";

    public const string WorkerIdArgument = "--functions-worker-id";

    public const string LegacyWorkerIdArgument = "--workerId";

    public const string HostEndpointVariable = "Functions__Worker__HostEndpoint";

    public static bool IsWorker(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        return args.Any(IsHostArgument) || !string.IsNullOrWhiteSpace(environment(HostEndpointVariable));
    }

    public static bool IsWorker(IReadOnlyList<string> args) => IsWorker(args, Environment.GetEnvironmentVariable);

    private static bool IsHostArgument(string arg)
    {
        // Both "--name value" and "--name=value" forms.
        var name = arg.Split('=', 2)[0];
        return name.Equals(HostEndpointArgument, StringComparison.OrdinalIgnoreCase)
            || name.Equals(WorkerIdArgument, StringComparison.OrdinalIgnoreCase)
            || name.Equals(LegacyWorkerIdArgument, StringComparison.OrdinalIgnoreCase);
    }
}
