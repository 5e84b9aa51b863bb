using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Local;

/// <summary>Tells the person who ran <c>dotnet run</c> where everything is, and the management key
/// when it was generated (they have no other way to learn it).</summary>
public sealed partial class StartupBanner : IHostedService
{
    private readonly IHostApplicationLifetime _lifetime;
    private readonly PublicUrls _urls;
    private readonly LocalSecrets _secrets;
    private readonly LocalModeOptions _options;
    private readonly ILogger<StartupBanner> _logger;

    public StartupBanner(IHostApplicationLifetime lifetime, PublicUrls urls, LocalSecrets secrets, LocalModeOptions options, ILogger<StartupBanner> logger)
    {
        _lifetime = lifetime;
        _urls = urls;
        _secrets = secrets;
        _options = options;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Addresses are known only once Kestrel listens.
        _lifetime.ApplicationStarted.Register(() =>
        {
            var baseUrl = _urls.BaseUrl.AbsoluteUri.TrimEnd('/');
            LogReady(_logger, baseUrl, Path.GetFullPath(_options.DataPath));
            if (_secrets.ManagementKeyGenerated)
            {
                LogGeneratedKey(_logger, _secrets.ManagementKey, LocalSecrets.FileName);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "AmbassadorFlows local mode on {BaseUrl}: dashboard /, HR API /api/cohorts, OpenAPI /openapi/v1.json, management API /runtime/webhooks/durabletask; data in {DataPath}")]
    private static partial void LogReady(ILogger logger, string baseUrl, string dataPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Management API key (generated, kept in {File}; set AmbassadorFlows:ManagementKey to choose one): {Key}")]
    private static partial void LogGeneratedKey(ILogger logger, string key, string file);
}
