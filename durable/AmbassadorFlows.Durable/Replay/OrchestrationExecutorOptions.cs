using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbassadorFlows.Durable.Replay;

public sealed class OrchestrationExecutorOptions
{
    /// <summary>No single createTimer action fires further ahead than this; longer timers are
    /// chained. Three days, because Azure Storage queue messages stay invisible at most seven.</summary>
    public TimeSpan MaximumTimerInterval { get; init; } = TimeSpan.FromDays(3);

    public DataConverter DataConverter { get; init; } = JsonDataConverter.Default;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
