using System.Collections.Concurrent;
using AmbassadorFlows.Functions.Local;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>A generated management key is printed for the person at the console and never
/// logged: logs may be exported as telemetry.</summary>
public sealed class StartupBannerTests
{
    [Fact]
    public async Task Start_GeneratedManagementKey_PrintedOnTheConsoleAndInNoLogMessage()
    {
        var console = new StringWriter();
        var logs = new CapturingLoggerProvider();
        var app = new AppHost(
            ["--AmbassadorFlows:ManagementKey=", "--Logging:LogLevel:Default=Trace"],
            builder =>
            {
                builder.Logging.AddProvider(logs);
                builder.Services.AddKeyedSingleton<TextWriter>(StartupBanner.OutputKey, console);
            });
        await app.InitializeAsync();
        try
        {
            var secrets = app.Services.GetRequiredService<LocalSecrets>();
            Assert.True(secrets.ManagementKeyGenerated);
            var printed = await AppHost.EventuallyAsync(
                () => Task.FromResult(console.ToString() is { Length: > 0 } text ? text : null),
                "the banner");
            Assert.Contains(secrets.ManagementKey, printed, StringComparison.Ordinal);
            Assert.Contains(logs.Messages, m => m.Contains("Management API key generated", StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Messages, m => m.Contains(secrets.ManagementKey, StringComparison.Ordinal));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => messages.Enqueue(formatter(state, exception));
        }
    }
}
