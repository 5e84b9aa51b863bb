using System.Diagnostics;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;
using Google.Protobuf;

namespace AmbassadorFlows.Benchmarks;

/// <summary>
/// Replay cost per history event. A sequential orchestrator with N activities is replayed from a
/// full history (4 events per activity) and asked for its next action. The baseline in the
/// same run is parsing that history from protobuf bytes — the work the host's payload costs anyway.
/// </summary>
internal static class ReplayBenchmark
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static int Run()
    {
        var executor = new OrchestrationExecutor(new DurableTaskRegistry().AddOrchestrator<ManyStepsOrchestrator>());
        Console.WriteLine($"Replay benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"{"events",8} {"µs/event (replay)",18} {"µs/event (parse baseline)",26} {"replay/parse",13} {"vs 100-event µs/event",22}");
        var requests = new[] { 100, 1_000, 10_000 }.Select(n => (Request: BuildRequest(n, out var count), Count: count)).ToList();

        // Warm up every size first, so tiered JIT has settled before any size is measured.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var (request, _) in requests)
            {
                executor.Execute(request);
                OrchestratorRequest.Parser.ParseFrom(request.ToByteArray());
            }
        }

        double? perEventAt100 = null;
        foreach (var (request, eventCount) in requests)
        {
            var bytes = request.ToByteArray();

            // Sanity: the replay must end with the next activity, not a failure.
            var check = executor.Execute(request);
            if (check.Actions.Count != 1 || check.Actions[0].OrchestratorActionTypeCase != OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask)
            {
                Console.Error.WriteLine($"unexpected replay result: {check}");
                return 1;
            }

            var replay = Measure(() => executor.Execute(request), eventCount);
            var parse = Measure(() => OrchestratorRequest.Parser.ParseFrom(bytes), eventCount);
            perEventAt100 ??= replay;
            Console.WriteLine($"{eventCount,8} {replay,18:F3} {parse,26:F3} {replay / parse,13:F2} {replay / perEventAt100.Value,22:F2}");
        }

        return 0;
    }

    /// <summary>Median µs per event over enough repetitions to run about half a second.</summary>
    private static double Measure(Action action, int eventCount)
    {
        for (var i = 0; i < 5; i++)
        {
            action();
        }

        var sw = Stopwatch.StartNew();
        var calibration = 0;
        while (sw.ElapsedMilliseconds < 100)
        {
            action();
            calibration++;
        }

        var perRound = Math.Max(1, calibration / 10);
        var samples = new List<double>();
        for (var round = 0; round < 25; round++)
        {
            sw.Restart();
            for (var i = 0; i < perRound; i++)
            {
                action();
            }

            samples.Add(sw.Elapsed.TotalMicroseconds / perRound / eventCount);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    private static OrchestratorRequest BuildRequest(int targetEvents, out int eventCount)
    {
        var steps = Math.Max(1, (targetEvents - 3) / 4); // 3 fixed events + 4 per step
        var request = new OrchestratorRequest { InstanceId = "bench" };
        var now = T0;
        request.PastEvents.Add(HistoryEvents.OrchestratorStarted(now));
        request.PastEvents.Add(HistoryEvents.ExecutionStarted(nameof(ManyStepsOrchestrator), "bench", (steps + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        for (var i = 0; i < steps; i++)
        {
            request.PastEvents.Add(HistoryEvents.TaskScheduled(i, "Step", i.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
            request.PastEvents.Add(HistoryEvents.OrchestratorCompleted(now));
            now = now.AddSeconds(1);
            request.PastEvents.Add(HistoryEvents.OrchestratorStarted(now));
            request.PastEvents.Add(HistoryEvents.TaskCompleted(i, i.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        }

        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(now));
        eventCount = request.PastEvents.Count + request.NewEvents.Count;
        return request;
    }

    private sealed class ManyStepsOrchestrator : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int steps)
        {
            var sum = 0;
            for (var i = 0; i < steps; i++)
            {
                sum += await context.CallActivityAsync<int>("Step", i);
            }

            return sum;
        }
    }
}
