using AmbassadorFlows.Functions.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>A relative data folder is resolved once, against the content root (the app's project
/// folder under <c>dotnet run</c>), never against whatever the working directory happens to be.</summary>
public sealed class DataPathTests
{
    [Fact]
    public async Task Build_RelativeDataPath_FilesLandUnderTheContentRoot()
    {
        var contentRoot = Directory.CreateTempSubdirectory("af-root-").FullName;
        var relative = "data-" + Guid.NewGuid().ToString("N")[..8];
        var app = AmbassadorFlowsApp.Build(["--urls=http://127.0.0.1:0", $"--contentRoot={contentRoot}", $"--AmbassadorFlows:DataPath={relative}", "--AmbassadorFlows:ManagementKey=k", "--Logging:LogLevel:Default=Warning"]);
        try
        {
            await app.StartAsync();

            var expected = Path.Combine(contentRoot, relative);
            Assert.Equal(expected, app.Services.GetRequiredService<LocalModeOptions>().DataPath);
            Assert.True(File.Exists(Path.Combine(expected, "ambassadorflows-app.db")));
            Assert.True(File.Exists(Path.Combine(expected, LocalSecrets.FileName)));
            Assert.False(Directory.Exists(Path.GetFullPath(relative)));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}
