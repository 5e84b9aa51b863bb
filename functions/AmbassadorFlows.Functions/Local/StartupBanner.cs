using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Local;

/// <summary>Tells the person who ran <c>dotnet run</c> where everything is, and the management key
/// when it was generated (they have no other way to learn it). The key goes to the console only,
/// never to the log: logs may be exported (OpenTelemetry), and the key opens the management API.</summary>
public sealed partial class StartupBanner : IHostedService
{
    /// <summary>Service key of the <see cref="TextWriter"/> the key is printed to (the console's standard output).</summary>
    public const string OutputKey = "AmbassadorFlows.StartupBanner";

    private readonly IHostApplicationLifetime _lifetime;
    private readonly PublicUrls _urls;
    private readonly LocalSecrets _secrets;
    private readonly LocalModeOptions _options;
    private readonly TextWriter _console;
    private readonly ILogger<StartupBanner> _logger;

    public StartupBanner(IHostApplicationLifetime lifetime, PublicUrls urls, LocalSecrets secrets, LocalModeOptions options, [FromKeyedServices(OutputKey)] TextWriter console, ILogger<StartupBanner> logger)
    {
        _lifetime = lifetime;
        _urls = urls;
        _secrets = secrets;
        _options = options;
        _console = console;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Addresses are known only once Kestrel listens.
        _lifetime.ApplicationStarted.Register(() =>
        {
            var baseUrl = _urls.BaseUrl.AbsoluteUri.TrimEnd('/');
            LogReady(_logger, baseUrl, _options.DataPath, _options.Durable.Backend);
            if (_secrets.ManagementKeyGenerated)
            {
                LogGeneratedKey(_logger, _options.DataFile(LocalSecrets.FileName));
                _console.WriteLine($"Management API key (generated, kept in {_options.DataFile(LocalSecrets.FileName)}; set AmbassadorFlows__ManagementKey to choose one): {_secrets.ManagementKey}");
                _console.Flush();
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "AmbassadorFlows local mode on {BaseUrl}: dashboard /, HR API /api/cohorts, OpenAPI /openapi/v1.json, management API /runtime/webhooks/durabletask; data in {DataPath}; orchestrations on {Backend}")]
    private static partial void LogReady(ILogger logger, string baseUrl, string dataPath, AmbassadorFlows.Durable.Hosting.LocalBackend backend);

    [LoggerMessage(Level = LogLevel.Information, Message = "Management API key generated and kept in {File}; it is printed on the console, not logged.")]
    private static partial void LogGeneratedKey(ILogger logger, string file);
}
