// AmbassadorFlows: one executable, two hosting modes (see README "Tour").
// Local mode (default) serves everything on http://localhost:7071 with the embedded engine.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
{
    builder.WebHost.UseUrls("http://localhost:7071");
}

var app = builder.Build();
app.MapGet("/", () => Results.Text("AmbassadorFlows is running (local mode).", "text/plain"));
await app.RunAsync();

public partial class Program;
