using AmbassadorFlows.Benchmarks;
using AmbassadorFlows.Benchmarks.Scale;

// Benchmarks print figures for this machine; they are not tests and assert nothing.
return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(args[1..]),
    "engine-hub" => await HubBenchmark.RunAsync(args[1..]),
    "engine-hub-worker" => await HubBenchmark.WorkerAsync(args[1..]),
    "scale" => await ScaleBenchmark.RunAsync(args[1..]),
    ScaleBenchmark.WorkerCommand => await ScaleBenchmark.WorkerAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project benchmarks/AmbassadorFlows.Benchmarks -- engine [orchestrations] [latency samples] [idle instances] [--no-peer] [--peer-orchestrations 500] [--peer-samples 100]");
    Console.WriteLine("       dotnet run -c Release --project benchmarks/AmbassadorFlows.Benchmarks -- engine-hub [orchestrations] [largest process count]");
    Console.WriteLine("       dotnet run -c Release --project benchmarks/AmbassadorFlows.Benchmarks -- scale [--sizes 200,2000]");
    return 2;
}
