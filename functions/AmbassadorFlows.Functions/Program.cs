// AmbassadorFlows: one executable, two hosting modes (see README "Tour").
// Local mode (default) serves everything on http://localhost:7071 with the embedded engine.
using AmbassadorFlows.Functions;

var app = AmbassadorFlowsApp.Build(args);
await app.RunAsync();

public partial class Program;
