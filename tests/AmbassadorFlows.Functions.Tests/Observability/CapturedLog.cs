using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Functions.Tests.Observability;

/// <summary>Every log line the app writes, as any sink could record it: category, message, each state
/// value, every scope's values and the exception.</summary>
internal sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => log._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { category, formatter(state, exception), exception?.ToString() ?? string.Empty };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            log._scopes.ForEachScope((scope, all) => all.Add(scope is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(";", kv.Select(v => $"{v.Key}={v.Value}")) : scope?.ToString() ?? string.Empty), parts);
            log._lines.Enqueue(string.Join(" | ", parts));
        }
    }
}
