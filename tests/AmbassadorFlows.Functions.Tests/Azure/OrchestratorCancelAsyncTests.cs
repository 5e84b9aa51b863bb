using System.Reflection;
using AmbassadorFlows.Workflows;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>
/// Orchestrators must never await a non-durable task. <c>await cts.CancelAsync()</c> is one: it runs
/// the cancellation callbacks on the thread pool, outside the replay, and on the real Functions host
/// it left an instance Running forever (the turn scheduled nothing). <c>Cancel()</c> runs them inline.
/// </summary>
public sealed class OrchestratorCancelAsyncTests
{
    private static readonly MethodInfo CancelAsync = typeof(CancellationTokenSource).GetMethod(nameof(CancellationTokenSource.CancelAsync), Type.EmptyTypes)!;

    [Fact]
    public void WorkflowOrchestrators_CodeTheyRun_NeverCallsCancelAsync()
    {
        // The registry lists every orchestrator class (AmbassadorWorkflowsTests checks that).
        Assert.NotEmpty(AmbassadorWorkflows.Orchestrators);

        var callers = OrchestratorCodeScanner.FindCallers(AmbassadorWorkflows.Orchestrators, CancelAsync);

        Assert.True(callers.Count == 0, $"CancelAsync in orchestrator code (use Cancel()): {string.Join(", ", callers)}");
    }

    [Fact]
    public void FindCallers_HelperAwaitsCancelAsync_ReportsTheHelper()
    {
        // The check must be able to fail: a call two hops away, inside an async helper, is found.
        var callers = OrchestratorCodeScanner.FindCallers([typeof(CancelsAsynchronously)], CancelAsync);

        var caller = Assert.Single(callers);
        Assert.StartsWith($"{typeof(CancelsAsynchronously).FullName}+<StopWaitingAsync>", caller, StringComparison.Ordinal);
    }

    [Fact]
    public void FindCallers_SynchronousCancel_ReportsNothing()
    {
        Assert.Empty(OrchestratorCodeScanner.FindCallers([typeof(CancelsSynchronously)], CancelAsync));
    }

    private sealed class CancelsAsynchronously : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            ArgumentNullException.ThrowIfNull(context);
            using var cts = new CancellationTokenSource();
            var timer = context.CreateTimer(TimeSpan.FromHours(1), cts.Token);
            var answer = context.WaitForExternalEvent<string>("answer");
            await Task.WhenAny(timer, answer);
            await StopWaitingAsync(cts);
            return await answer;
        }

        private static async Task StopWaitingAsync(CancellationTokenSource cts) => await cts.CancelAsync();
    }

    private sealed class CancelsSynchronously : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            ArgumentNullException.ThrowIfNull(context);
            using var cts = new CancellationTokenSource();
            var timer = context.CreateTimer(TimeSpan.FromHours(1), cts.Token);
            var answer = context.WaitForExternalEvent<string>("answer");
            await Task.WhenAny(timer, answer);
            cts.Cancel();
            return await answer;
        }
    }
}
