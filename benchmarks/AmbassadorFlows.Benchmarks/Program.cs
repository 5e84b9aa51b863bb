using AmbassadorFlows.Benchmarks;

// Benchmarks print figures for this machine; they are not tests and assert nothing.
return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project benchmarks/AmbassadorFlows.Benchmarks -- engine [orchestrations] [latency samples] [idle instances]");
    return 2;
}
