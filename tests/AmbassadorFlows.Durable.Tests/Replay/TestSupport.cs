using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Tests.Replay;

/// <summary>An orchestrator written inline in a test.</summary>
internal sealed class InlineOrchestrator(Func<TaskOrchestrationContext, Task<string>> body) : TaskOrchestrator<object?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => body(context);
}

/// <summary>Collects log messages in a list.</summary>
internal sealed class ListLoggerFactory(List<string> sink) : ILoggerFactory
{
    public void AddProvider(ILoggerProvider provider)
    {
    }

    public ILogger CreateLogger(string categoryName) => new ListLogger(sink);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => sink.Add(formatter(state, exception));
    }
}
