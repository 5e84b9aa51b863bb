using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Scenarios;
using AmbassadorFlows.Workflows.Versioning;
using DurableTask.Core.History;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>
/// The same rules on DTFx's Azure Storage provider (a task hub on Azurite, real time): a journey
/// started on version 1 runs to its end on the current code as version 1 did, while a new one takes
/// version 2's path. Every step is an answer or an event, so nothing waits on a timer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageCrossVersionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Journey_RenewalRefusedByTheLastApprover_Version1RenewsVersion2WithdrawsOnAzureStorage()
    {
        await using var h = await WorkflowHarness.CreateOnAzureStorageAsync(azurite.ConnectionString, $"versions{Guid.NewGuid():N}"[..20]);
        var old = JourneyIds.For("az", "E010");
        var current = JourneyIds.For("az", "E011");

        await StartAsync(h, old, "E010", new TaskVersion(OrchestrationVersions.V1));
        await StartAsync(h, current, "E011", null);
        await RenewalGrantedThenRefusedAsync(h, old);
        await RenewalGrantedThenRefusedAsync(h, current);

        // Version 1 took the refusal for a grant: a second term, then withdrawal at its end.
        await h.WaitForAsync(async () => (await h.StatusAsync(old))?.Step == "active-term-2", $"{old} in its second term");
        await h.Client.RaiseEventAsync(old, JourneyEvents.TermEnded, new TermEnded(2, DateTime.UtcNow));
        foreach (var journey in new[] { old, current })
        {
            await h.WaitForPendingAsync($"{journey}:offboarding-feedback");
            await h.DecideAsync($"{journey}:offboarding-feedback", Decisions.Submit);
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var before = (await h.Client.WaitForInstanceCompletionAsync(old, getInputsAndOutputs: true, limit.Token)).ReadOutputAs<JourneyResult>()!;
        var after = (await h.Client.WaitForInstanceCompletionAsync(current, getInputsAndOutputs: true, limit.Token)).ReadOutputAs<JourneyResult>()!;
        Assert.Equal((JourneyOutcome.Withdrawn, 2), (before.Outcome, before.TermsServed));
        Assert.Equal((JourneyOutcome.Withdrawn, 1), (after.Outcome, after.TermsServed));
        Assert.Equal(OrchestrationVersions.V1, await CrossVersionTests.VersionOfAsync(h, old));
        Assert.Equal(OrchestrationVersions.Current, await CrossVersionTests.VersionOfAsync(h, current));
    }

    private static async Task StartAsync(WorkflowHarness h, string journey, string employee, TaskVersion? version)
    {
        var programme = h.Catalog.Get("mobility-ambassadors");
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(AmbassadorJourney),
            new JourneyInput("az", employee, "E002", programme, DateTime.UtcNow.Date.AddDays(30)),
            new StartOrchestrationOptions(journey) { Version = version });
    }

    /// <summary>Approved, accepted, trained, one term; then the manager grants the renewal and HR refuses it.</summary>
    private static async Task RenewalGrantedThenRefusedAsync(WorkflowHarness h, string journey)
    {
        foreach (var (step, decision) in new[] { ("manager-approval", Decisions.Approve), ("agreement", Decisions.Accept) })
        {
            await h.WaitForPendingAsync($"{journey}:{step}");
            await h.DecideAsync($"{journey}:{step}", decision);
        }

        foreach (var module in h.Catalog.Get("mobility-ambassadors").Training)
        {
            await h.WaitForPendingAsync(JourneyIds.TrainingModule(journey, module.Id));
            await h.DecideAsync(JourneyIds.TrainingModule(journey, module.Id), Decisions.Done);
        }

        await h.WaitForAsync(async () => (await h.StatusAsync(journey))?.Step == "active-term-1", $"{journey} in its first term");
        await h.Client.RaiseEventAsync(journey, JourneyEvents.TermEnded, new TermEnded(1, DateTime.UtcNow));
        await h.WaitForPendingAsync($"{journey}:renewal-wish");
        await h.DecideAsync($"{journey}:renewal-wish", Decisions.Renew);
        await h.WaitForPendingAsync($"{journey}:renewal-hr");
        await h.DecideAsync($"{journey}:renewal-manager", Decisions.Approve);

        // The refusal must come last: the queue does not promise the order of two quick events.
        await h.WaitForAsync(
            async () => (await h.Client.GetOrchestrationHistoryAsync(journey)).OfType<EventRaisedEvent>().Any(e => e.Input?.Contains(":renewal-manager", StringComparison.Ordinal) == true),
            $"{journey} to take the manager's answer in");
        await h.DecideAsync($"{journey}:renewal-hr", Decisions.Reject);
    }
}
