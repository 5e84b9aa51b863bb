using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Benchmarks.Scale;

/// <summary>
/// Plays one cohort's whole term on the app's manual clock, everyone answering through the app's
/// public entry points: HR starts the cohort with <c>POST /api/cohorts</c>; every candidate applies,
/// managers approve, HR approves the selection (every candidate ticked, as the page offers them),
/// ambassadors accept, finish each training module, send every monthly check-in (attended, 3 hours, a sentence in each text) and step back when
/// the term ends, each by opening their request's page and posting its form. Everyone answers as soon
/// as asked, so no reminder is due; the clock then jumps to the runtime's next timer.
/// </summary>
public sealed class TermDriver
{
    public const string ProgrammeId = "mobility-ambassadors";
    private const int Browsers = 8;

    private readonly ApprovalPageClient _pages;
    private readonly IApprovalStore _approvals;
    private readonly DurableTaskClient _client;
    private readonly LocalRuntimeDriver _runtime;
    private readonly ManualClock _clock;
    private readonly ConcurrentDictionary<string, int> _answers = new(StringComparer.Ordinal);

    public TermDriver(ApprovalPageClient pages, IApprovalStore approvals, DurableTaskClient client, LocalRuntimeDriver runtime, ManualClock clock)
    {
        _pages = pages;
        _approvals = approvals;
        _client = client;
        _runtime = runtime;
        _clock = clock;
    }

    /// <summary>Answers given, by request kind and decision.</summary>
    public IReadOnlyDictionary<string, int> Answers => _answers;

    public async Task<string> StartCohortAsync(string cohortId, CancellationToken ct)
    {
        using var response = await _pages.Http.PostAsJsonAsync(
            "api/cohorts",
            new { cohortId, programmeId = ProgrammeId, hrOwner = GeneratedDirectory.HrOwner, audience = GeneratedDirectory.CandidateLevel },
            ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST api/cohorts: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        return cohortId;
    }

    /// <summary>Runs until the cohort's orchestration has completed (its term ended for everyone).</summary>
    public async Task PlayTermAsync(string cohortId, DateTimeOffset giveUpAt, Action<string> progress, CancellationToken ct)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var lastMonth = string.Empty;
        while (true)
        {
            await _runtime.RunUntilIdleAsync(ct);
            var due = new List<(PendingApproval Approval, string Decision)>();
            foreach (var approval in await _approvals.ListPendingAsync(cohortId, ct))
            {
                if (handled.Add(approval.ApprovalId) && Choose(approval) is { } decision)
                {
                    due.Add((approval, decision));
                }
            }

            if (due.Count > 0)
            {
                await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Browsers, CancellationToken = ct }, async (item, token) =>
                {
                    var fillIn = item.Approval.EventName == JourneyEvents.MonthlyCheckIn;
                    await _pages.AnswerAsync(item.Approval, item.Decision, fillIn, token);
                    _answers.AddOrUpdate($"{item.Approval.Kind} → {item.Decision}", 1, (_, n) => n + 1);
                });
                continue;
            }

            var cohort = await _client.GetInstanceAsync(cohortId, ct);
            if (cohort?.RuntimeStatus is OrchestrationRuntimeStatus.Completed)
            {
                return;
            }

            if (cohort?.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
            {
                throw new InvalidOperationException($"The cohort ended {cohort.RuntimeStatus}: {cohort.FailureDetails}");
            }

            var month = _clock.GetUtcNow().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            if (month != lastMonth)
            {
                progress($"{month}: {handled.Count} requests seen, {_answers.Values.Sum()} answered");
                lastMonth = month;
            }

            if (_clock.GetUtcNow() > giveUpAt || !await _runtime.AdvanceToNextTimerAsync(_clock.Set, ct))
            {
                throw new InvalidOperationException($"The cohort is still {cohort?.RuntimeStatus} at {_clock.GetUtcNow():u} with no answer or timer left to play.");
            }
        }
    }

    /// <summary>What the person presses: candidates apply, everyone approves, accepts, finishes and
    /// submits, and at the term's end steps back (no second term). The standing "step down" link
    /// stays unanswered, as most people leave it.</summary>
    private static string? Choose(PendingApproval approval)
    {
        if (approval.EventName == CohortEvents.Application)
        {
            return approval.Options.Contains(Decisions.Apply, StringComparer.Ordinal) ? Decisions.Apply : null;
        }

        string[] preference = [Decisions.Approve, Decisions.Accept, Decisions.Done, Decisions.Submit, Decisions.StepBack];
        return preference.FirstOrDefault(p => approval.Options.Contains(p, StringComparer.Ordinal));
    }
}
