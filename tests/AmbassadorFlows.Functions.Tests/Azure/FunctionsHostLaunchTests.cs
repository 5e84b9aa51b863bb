using AmbassadorFlows.Functions.Azure;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>One executable, two modes: only a start by the Functions host makes it a worker.</summary>
public sealed class FunctionsHostLaunchTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Theory]
    [InlineData("--host", "127.0.0.1", "--port", "50051", "--workerId", "w1", "--requestId", "r1", "--grpcMaxMessageLength", "2147483647", "--functions-uri", "http://127.0.0.1:50051/", "--functions-worker-id", "w1")]
    [InlineData("--functions-uri=http://127.0.0.1:50051/")]
    [InlineData("--host", "127.0.0.1", "--port", "50051", "--workerId", "w1")]
    public void IsWorker_HostsWorkerArguments_True(params string[] args)
    {
        Assert.True(FunctionsHostLaunch.IsWorker(args, NoEnvironment));
    }

    [Fact]
    public void IsWorker_HostEndpointInTheEnvironment_True()
    {
        Assert.True(FunctionsHostLaunch.IsWorker([], name => name == FunctionsHostLaunch.HostEndpointVariable ? "http://127.0.0.1:50051/" : null));
    }

    [Theory]
    [InlineData]
    [InlineData("--urls=http://127.0.0.1:0")]
    [InlineData("--AmbassadorFlows:DataPath=/tmp/af")]
    public void IsWorker_DotnetRun_False(params string[] args)
    {
        Assert.False(FunctionsHostLaunch.IsWorker(args, NoEnvironment));
    }

    [Fact]
    public void IsWorker_WorkerRuntimeSettingAlone_False()
    {
        // An app setting a developer may have exported; it does not make `dotnet run` a worker.
        Assert.False(FunctionsHostLaunch.IsWorker([], name => name == "FUNCTIONS_WORKER_RUNTIME" ? "dotnet-isolated" : null));
    }
}
