using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Durable.Tests.Support;

/// <summary>A started local runtime on one backend, with the few things the contract tests do
/// differently per backend: how time passes and how to wait for an instance.</summary>
public abstract class ContractBackend : IAsyncDisposable
{
    public abstract DurableTaskClient Client { get; }

    /// <summary>True when time is a fake clock that the test moves (SQLite); false for real time (Azure Storage).</summary>
    public abstract bool HasFakeClock { get; }

    /// <summary>The timer a test should use for <paramref name="wanted"/>: as is on a fake clock, a
    /// couple of seconds on real time.</summary>
    public TimeSpan Timer(TimeSpan wanted) => HasFakeClock ? wanted : TimeSpan.FromSeconds(2);

    /// <summary>Lets the instance run to its end (moving a fake clock through its timers) and returns it.</summary>
    public abstract Task<OrchestrationMetadata> CompleteAsync(string instanceId);

    /// <summary>Lets everything due now run (fake clock), without moving time.</summary>
    public abstract Task SettleAsync();

    /// <summary>Waits until the instance's custom status is <paramref name="status"/>.</summary>
    public async Task<OrchestrationMetadata> WaitForCustomStatusAsync(string instanceId, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var expected = "\"" + status + "\"";
        while (true)
        {
            await SettleAsync();
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
            if (instance?.SerializedCustomStatus == expected)
            {
                return instance;
            }

            await Task.Delay(HasFakeClock ? 5 : 100, timeout.Token);
        }
    }

    public abstract ValueTask DisposeAsync();
}
