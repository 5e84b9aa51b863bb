using AmbassadorFlows.Functions.Access;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>Local mode without keys admits everyone as admin, so it must not listen beyond loopback.</summary>
public sealed class LocalBindingTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "af-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("--urls=http://0.0.0.0:0")]
    [InlineData("--urls=http://localhost:0;http://ambassadors.contoso.example:8080")]
    [InlineData("--http_ports=8080")]
    [InlineData("--Kestrel:Endpoints:Public:Url=http://[::]:0")]
    public void Build_NonLoopbackWithoutKey_DoesNotStartAndNamesTheSetting(string listen)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => AmbassadorFlowsApp.Build([listen, $"--AmbassadorFlows:DataPath={_dataPath}"]));

        Assert.Contains(AccessOptions.AdminKeySetting, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NonLoopbackWithAdminKey_Starts()
    {
        await using var app = AmbassadorFlowsApp.Build(["--urls=http://0.0.0.0:0", $"--AmbassadorFlows:DataPath={_dataPath}", "--AmbassadorFlows:Access:AdminKey=an-admin-key-long-enough", "--Logging:LogLevel:Default=Warning"]);

        await app.StartAsync();
        await app.StopAsync();

        Assert.NotEmpty(app.Urls);
    }

    [Fact]
    public void Build_ShortKey_DoesNotStart()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => AmbassadorFlowsApp.Build(["--urls=http://0.0.0.0:0", $"--AmbassadorFlows:DataPath={_dataPath}", "--AmbassadorFlows:Access:AdminKey=short"]));

        Assert.Contains("at least", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:7071", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://+:80", false)]
    [InlineData("https://ambassadors.contoso.example", false)]
    public void IsLoopback_Address_Classified(string url, bool loopback) => Assert.Equal(loopback, LocalBinding.IsLoopback(url));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
