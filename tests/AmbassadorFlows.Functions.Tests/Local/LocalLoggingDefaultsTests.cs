using AmbassadorFlows.Functions.Local;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>Local mode's console carries the app's lines and the banner, not a line per request or the
/// framework's start-up chatter; a configured level still wins over the defaults.</summary>
public sealed class LocalLoggingDefaultsTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware")]
    [InlineData("Microsoft.Hosting.Lifetime")]
    [InlineData("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager")]
    [InlineData("DurableTask.Core")]
    public async Task Build_NoLoggingConfigured_FrameworkInformationOff(string category)
    {
        await using var app = Build([]);
        var factory = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(factory.CreateLogger(category).IsEnabled(LogLevel.Information));
        Assert.True(factory.CreateLogger("AmbassadorFlows.Functions.Privacy.PersonalDataEraser").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Build_RequestLogsAskedFor_ConfiguredLevelWins()
    {
        await using var app = Build(["--Logging:LogLevel:Microsoft.AspNetCore=Information"]);
        var factory = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(factory.CreateLogger("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task BannerText_NoKeys_SaysWhereEverythingIsAndThatNoSignInIsNeeded()
    {
        await using var app = Build([]);
        var banner = app.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single();

        var text = banner.Text("http://localhost:7071");

        Assert.Contains("Dashboard        http://localhost:7071/", text, StringComparison.Ordinal);
        Assert.Contains("no keys are set", text, StringComparison.Ordinal);
        Assert.Contains("--urls http://localhost:8080", text, StringComparison.Ordinal);
        Assert.EndsWith("Press Ctrl+C to stop." + Environment.NewLine + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BannerText_KeysConfigured_PointsAtTheSignInPage()
    {
        await using var app = Build(["--AmbassadorFlows:Access:AdminKey=an-admin-key-long-enough"]);
        var banner = app.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single();

        var text = banner.Text("http://localhost:7071");

        Assert.Contains("Sign in          http://localhost:7071/sign-in", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no keys are set", text, StringComparison.Ordinal);
    }

    private static WebApplication Build(string[] args)
    {
        var dataPath = Directory.CreateTempSubdirectory("af-logging-").FullName;
        return AmbassadorFlowsApp.Build(["--urls=http://127.0.0.1:0", $"--AmbassadorFlows:DataPath={dataPath}", "--AmbassadorFlows:ManagementKey=a-management-key", .. args]);
    }
}
