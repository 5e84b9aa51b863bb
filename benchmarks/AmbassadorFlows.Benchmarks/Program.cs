// Benchmarks print figures for this machine; they are not tests and assert nothing.
Console.WriteLine("usage: dotnet run -c Release --project benchmarks/AmbassadorFlows.Benchmarks -- <replay|engine>");
return 0;
