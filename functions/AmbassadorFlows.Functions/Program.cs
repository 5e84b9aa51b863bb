// AmbassadorFlows: one executable, two hosting modes (see README "Tour").
// Started by the Azure Functions host it is a .NET isolated worker (Azure/AzureWorker.cs); otherwise
// (`dotnet run`) local mode serves everything on http://localhost:7071 with the local Durable runtime.
using AmbassadorFlows.Functions;
using AmbassadorFlows.Functions.Azure;

if (FunctionsHostLaunch.IsWorker(args))
{
    using var worker = AzureWorker.Build(args);
    await worker.RunAsync();
    return;
}

var app = AmbassadorFlowsApp.Build(args);
await app.RunAsync();

public partial class Program;
