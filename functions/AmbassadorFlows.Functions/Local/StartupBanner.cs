using System.Text;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Local;

/// <summary>Tells the person who ran <c>dotnet run</c> where everything is, how to sign in, and the
/// management key when it was generated (they have no other way to learn it). It is printed once the
/// app listens, as the last thing at start-up (local mode keeps framework logs at Warning, see
/// <see cref="LocalLoggingDefaults"/>). The key goes to the console only, never to the log: logs may be
/// exported (OpenTelemetry), and the key opens the management API.</summary>
public sealed partial class StartupBanner : IHostedService
{
    /// <summary>Service key of the <see cref="TextWriter"/> the key is printed to (the console's standard output).</summary>
    public const string OutputKey = "AmbassadorFlows.StartupBanner";

    private readonly IHostApplicationLifetime _lifetime;
    private readonly PublicUrls _urls;
    private readonly LocalSecrets _secrets;
    private readonly LocalModeOptions _options;
    private readonly TextWriter _console;
    private readonly IServiceProvider _services;
    private readonly ILogger<StartupBanner> _logger;

    public StartupBanner(IHostApplicationLifetime lifetime, PublicUrls urls, LocalSecrets secrets, LocalModeOptions options, [FromKeyedServices(OutputKey)] TextWriter console, IServiceProvider services, ILogger<StartupBanner> logger)
    {
        _services = services;
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
            }

            _console.Write(Text(baseUrl));
            _console.Flush();
        });
        return Task.CompletedTask;
    }

    /// <summary>The banner: one line per thing the reader may want to open, aligned, then how to stop.</summary>
    public string Text(string baseUrl)
    {
        var signIn = _options.Access.HasKeys
            ? $"{baseUrl}/sign-in with a key set in AmbassadorFlows__Access__* (AdminKey, or RoleKeys__HR, __Ops, __Viewer)"
            : "not needed: no keys are set, so you are the admin and only this machine can connect";
        var managementKey = _secrets.ManagementKeyGenerated
            ? $"{_secrets.ManagementKey} (generated, kept in {_options.DataFile(LocalSecrets.FileName)}; set AmbassadorFlows__ManagementKey to choose one)"
            : "the one set in AmbassadorFlows__ManagementKey";
        var mail = EmailRelay.IsConfigured(_services)
            ? $"{baseUrl}/outbox (and sent through the configured mail relay)"
            : $"{baseUrl}/outbox (nothing leaves this machine)";
        var text = new StringBuilder()
            .AppendLine()
            .AppendLine("  AmbassadorFlows is running in local mode.")
            .AppendLine()
            .AppendLine($"  Dashboard        {baseUrl}/")
            .AppendLine($"  Sign in          {signIn}")
            .AppendLine($"  Sent mail        {mail}")
            .AppendLine($"  HR API           {baseUrl}/api/cohorts (OpenAPI: {baseUrl}/openapi/v1.json)")
            .AppendLine($"  Management API   {baseUrl}/runtime/webhooks/durabletask")
            .AppendLine($"  Management key   {managementKey}")
            .AppendLine($"  Data             {_options.DataPath} (orchestrations on {_options.Durable.Backend})")
            .AppendLine($"  Another port     dotnet run --project functions/AmbassadorFlows.Functions --urls http://localhost:8080")
            .AppendLine()
            .AppendLine("  Press Ctrl+C to stop.")
            .AppendLine();
        return text.ToString();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "AmbassadorFlows local mode on {BaseUrl}: dashboard /, HR API /api/cohorts, OpenAPI /openapi/v1.json, management API /runtime/webhooks/durabletask; data in {DataPath}; orchestrations on {Backend}")]
    private static partial void LogReady(ILogger logger, string baseUrl, string dataPath, AmbassadorFlows.Durable.Hosting.LocalBackend backend);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Management API key generated and kept in {File}; it is printed on the console, not logged.")]
    private static partial void LogGeneratedKey(ILogger logger, string file);
}
