using System.Security.Cryptography;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Azure;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmbassadorFlows.Functions.Tests.Hosting;

/// <summary>Azure mode (the Functions worker) takes its secrets and public URL from settings only,
/// and stops at start-up with a message naming the missing setting rather than generating anything.</summary>
public sealed class AzureModeStartupTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Build_NoSigningKey_FailsNamingTheKeyVaultSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("--AmbassadorFlows:PublicBaseUrl=https://a.example.com"));

        Assert.Contains("AmbassadorFlows__SigningKeys__", error.Message, StringComparison.Ordinal);
        Assert.Contains("Key Vault", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnresolvedKeyVaultReference_FailsSayingTheVaultWasNotRead()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(
            "--AmbassadorFlows:PublicBaseUrl=https://a.example.com",
            "--AmbassadorFlows:SigningKeys:v1=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/approval-signing-key/)"));

        Assert.Contains("AmbassadorFlows__SigningKeys__v1 is an unresolved Key Vault reference", error.Message, StringComparison.Ordinal);
        Assert.Contains("keyVaultReferenceIdentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShortSigningKey_Fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(
            "--AmbassadorFlows:PublicBaseUrl=https://a.example.com",
            $"--AmbassadorFlows:SigningKeys:v1={Convert.ToBase64String(new byte[16])}"));

        Assert.Contains("shorter than 32 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoPublicUrlAndNoSiteHostName_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build($"--AmbassadorFlows:SigningKeys:v1={Key}"));

        Assert.Contains("AmbassadorFlows__PublicBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("WEBSITE_HOSTNAME", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoTableStorage_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(
            "--AmbassadorFlows:PublicBaseUrl=https://a.example.com", $"--AmbassadorFlows:SigningKeys:v1={Key}"));

        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SiteHostNameAndKeyFromSettings_UsesThemAndTheHostsTableEndpoint()
    {
        using var host = Build(
            "--WEBSITE_HOSTNAME=func-ambflows-dev.azurewebsites.net",
            "--AzureWebJobsStorage:tableServiceUri=https://stambflows.table.core.windows.net/",
            $"--AmbassadorFlows:SigningKeys:v1={Key}");

        Assert.Equal("https://func-ambflows-dev.azurewebsites.net/", host.Services.GetRequiredService<Web.PublicUrls>().BaseUrl.AbsoluteUri);
        var keys = host.Services.GetRequiredService<SigningKeyRing>();
        Assert.Equal("v1", keys.ActiveKeyId);
        Assert.Equal(Convert.FromBase64String(Key), keys.ActiveKey);
        // The app's state goes to the host's table endpoint: Tables stores behind every port.
        Assert.IsType<TableApprovalStore>(host.Services.GetRequiredService<IApprovalStore>());
        Assert.IsType<TableCohortProgress>(host.Services.GetRequiredService<ICohortProgress>());
        Assert.IsType<TableSentMailLog>(host.Services.GetRequiredService<ISentMailLog>());
    }

    [Fact]
    public void Build_Worker_ResolvesEveryFunctionClassAndTheSweep()
    {
        using var host = Build(
            "--WEBSITE_HOSTNAME=func-ambflows-dev.azurewebsites.net",
            "--AzureWebJobsStorage:tableServiceUri=https://stambflows.table.core.windows.net/",
            $"--AmbassadorFlows:SigningKeys:v1={Key}");

        // The worker creates function classes per invocation from the container: a missing service
        // would fail every call of that function, so each must resolve here.
        var functionClasses = typeof(AzureWorker).Assembly.GetTypes()
            .Where(t => !t.IsAbstract /* static classes need no instance */ && t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FunctionAttribute), false).Length > 0))
            .ToList();
        Assert.Superset(new HashSet<Type> { typeof(CohortApiFunctions), typeof(ApprovalFunctions), typeof(DashboardFunctions), typeof(DecisionRedeliveryFunction) }, functionClasses.ToHashSet());
        foreach (var type in functionClasses)
        {
            using var scope = host.Services.CreateScope();
            var error = Record.Exception(() => ActivatorUtilities.CreateInstance(scope.ServiceProvider, type));
            Assert.True(error is null, $"{type.Name} cannot be created: {error?.Message}");
        }

        // Activities come from the invocation's scope too.
        foreach (var activity in Workflows.AmbassadorWorkflows.Activities)
        {
            using var scope = host.Services.CreateScope();
            var error = Record.Exception(() => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, activity));
            Assert.True(error is null, $"{activity.Name} cannot be created: {error?.Message}");
        }

        Assert.NotNull(host.Services.GetService<DecisionRedeliverySweep>());
    }

    private static IHost Build(params string[] settings) => AzureWorker.Build(settings);
}
