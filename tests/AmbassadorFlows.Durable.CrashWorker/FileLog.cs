using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.CrashWorker;

/// <summary>Every log line of a worker process to one file, flushed line by line so a SIGKILL loses
/// nothing already logged: the DTFx traces of a failed two-process run, for diagnosis.</summary>
internal sealed class FileLog(string path) : ILoggerProvider
{
    private readonly StreamWriter _writer = new(path, append: true) { AutoFlush = true };

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => _writer.Dispose();

    private void Write(string category, LogLevel level, string message)
    {
        lock (_writer)
        {
            _writer.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {level} {category}: {message}");
        }
    }

    private sealed class Logger(FileLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            log.Write(category, logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}
