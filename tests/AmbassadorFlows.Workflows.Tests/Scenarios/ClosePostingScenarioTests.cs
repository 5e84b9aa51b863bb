using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>HR closes a posting before its deadline (version 3): the selection follows at once.</summary>
public sealed class ClosePostingScenarioTests
{
    private const string Hr = "E002";

    [Fact]
    public async Task Cohort_PostingClosedEarly_AsksHrForTheSelectionAtOnceAndClosesTheOpenApplyLinks()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("cp", "mobility-ambassadors", Hr, "IT", ["E017"]), "cp");
        await h.AnswerAsync("cp:apply:E005", Decisions.Apply);
        await h.DriveDaysAsync(3);
        await h.AnswerAsync("cp:apply:E017", Decisions.Apply);
        var closedAt = h.Now;

        await h.RaiseAsync("cp", CohortEvents.ClosePosting, new ClosePosting(Hr));

        var selection = h.Pending("cp:selection");
        Assert.Equal(closedAt, selection.CreatedAt); // eleven days before the deadline
        Assert.Contains("\"E005\"", selection.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"E017\"", selection.DetailsJson, StringComparison.Ordinal);
        Assert.Equal("selection", (await h.StatusAsync("cp"))!.Step);

        // Those who had not applied find their link closed; the applications given stay as answered.
        var links = h.Approvals.All.Where(a => a.InstanceId == "cp" && a.Kind == "application").ToList();
        Assert.Equal(6, links.Count);
        Assert.All(links.Where(a => a.Decision is null), a => Assert.Equal("posting closed early", a.ClosedReason));
        Assert.Equal(2, links.Count(a => a.Decision is not null && a.ClosedReason is null));
        Assert.Contains(h.Approvals.Audit, e => e.InstanceId == "cp" && e.Action == "posting closed early" && e.Actor == Hr);

        // The cohort goes on from the selection as ever; the first meeting stays where it was planned.
        await h.AnswerAsync("cp:selection", Decisions.Approve);
        Assert.Equal(2, h.Email.WithTemplate(MessageTemplates.ApplicationSelected).Count);
    }

    [Fact]
    public async Task Cohort_PostingClosedTwiceOrAfterTheSelection_ChangesNothingMore()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("cq", "mobility-ambassadors", Hr, "IT", []), "cq");
        await h.AnswerAsync("cq:apply:E005", Decisions.Apply);
        await h.RaiseAsync("cq", CohortEvents.ClosePosting, new ClosePosting(Hr));
        var sent = h.Email.Sent.Count;

        await h.RaiseAsync("cq", CohortEvents.ClosePosting, new ClosePosting(Hr));
        await h.DriveDaysAsync(1);

        Assert.Equal(sent, h.Email.Sent.Count);
        Assert.Single(h.Approvals.All, a => a.ApprovalId.StartsWith("cq:selection", StringComparison.Ordinal));
        Assert.Equal("selection", (await h.StatusAsync("cq"))!.Step);
    }
}
