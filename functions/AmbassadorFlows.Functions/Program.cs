// AmbassadorFlows: one executable, two hosting modes (see README "Tour").
// Local mode (default) serves everything on http://localhost:7071 with the embedded engine; with
// FUNCTIONS_CUSTOMHANDLER_PORT set it is an Azure Functions custom handler (README, "Deploy to Azure").
using AmbassadorFlows.Functions;
using AmbassadorFlows.Functions.FunctionMetadata;

var app = AmbassadorFlowsApp.Build(args);

// Publishing runs the executable with --generate-functions <dir> to write function.json, then exits.
if (await FunctionsGenerator.TryRunAsync(app, args))
{
    return;
}

await app.RunAsync();

public partial class Program;
