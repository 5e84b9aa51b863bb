using System.Text;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>HR changes a running cohort (version 4): moves or cancels one month's meeting, hands the
/// cohort to another HR owner. Played on the fake clock with two ambassadors, E005 and E006.</summary>
public sealed class CohortChangesScenarioTests
{
    private const string Hr = "E002";
    private const string NewHr = "E003";

    // Planned by the mobility programme from a posting closed on 5 January 2026: first Thursday of
    // each month at 12:30 in Brussels (11:30 UTC in winter, 10:30 in summer).
    private static readonly DateTime Month1 = new(2026, 2, 5, 11, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Month2 = new(2026, 3, 5, 11, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task MeetingChanged_MovedAfterItsInvites_UpdatesEachInviteUnderItsUidWithAHigherSequence()
    {
        await using var h = await ActiveCohortAsync("mv");
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddDays(-6)));
        var invite = Assert.Single(h.EmailsTo("E005", MessageTemplates.MeetingInvite));
        var moved = Month1.AddDays(7);

        await h.RaiseAsync("mv", CohortEvents.MeetingChanged, new MeetingChange(1, moved, Hr));

        var update = Assert.Single(h.EmailsTo("E005", MessageTemplates.MeetingMoved));
        var (before, after) = (Ics(invite), Ics(update));
        Assert.Equal(Line(before, "UID"), Line(after, "UID"));
        Assert.Equal(("0", "1"), (Line(before, "SEQUENCE"), Line(after, "SEQUENCE")));
        Assert.Equal(("REQUEST", "20260212T113000Z"), (Line(after, "METHOD"), Line(after, "DTSTART")));
        Assert.Single(h.EmailsTo("E006", MessageTemplates.MeetingMoved));
        Assert.Contains(h.Approvals.Audit, e => e.InstanceId == "mv" && e.Action == "meeting of 2026-02-05 moved" && e.Actor == Hr);
        var slot = (await h.StatusAsync("mv"))!.Cohort!.Meetings[0];
        Assert.Equal((Month1, (DateTime?)moved, 1), (slot.PlannedUtc, slot.StartUtc, slot.Sequence));

        // The check-ins of the month follow the meeting where it now is.
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddDays(1)));
        Assert.Empty(h.EmailsTo("E005", MessageTemplates.CheckInRequest));
        await h.DriveUntilAsync(new DateTimeOffset(moved.AddHours(2)));
        Assert.Single(h.EmailsTo("E005", MessageTemplates.CheckInRequest));
    }

    [Fact]
    public async Task MeetingChanged_CancelledBeforeAndAfterItsInvites_SendsACancellationOnlyToThoseInvitedAndAsksNoCheckIn()
    {
        await using var h = await ActiveCohortAsync("cx");
        await h.RaiseAsync("cx", CohortEvents.MeetingChanged, new MeetingChange(2, null, Hr));
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddDays(-6)));
        var invite = Assert.Single(h.EmailsTo("E005", MessageTemplates.MeetingInvite));

        await h.RaiseAsync("cx", CohortEvents.MeetingChanged, new MeetingChange(1, null, Hr));

        var cancel = Assert.Single(h.EmailsTo("E005", MessageTemplates.MeetingCancelled));
        Assert.Equal(Line(Ics(invite), "UID"), Line(Ics(cancel), "UID"));
        Assert.Equal(("CANCEL", "CANCELLED", "1"), (Line(Ics(cancel), "METHOD"), Line(Ics(cancel), "STATUS"), Line(Ics(cancel), "SEQUENCE")));

        // Neither month has a check-in; month 2 had no invite, so nothing to cancel; month 3 goes ahead.
        await h.DriveUntilAsync(new DateTimeOffset(Month2.AddDays(20)));
        Assert.Empty(h.EmailsTo("E005", MessageTemplates.CheckInRequest));
        Assert.Single(h.EmailsTo("E005", MessageTemplates.MeetingInvite));
        Assert.Single(h.EmailsTo("E005", MessageTemplates.MeetingCancelled));
        Assert.Contains(h.Approvals.Audit, e => e.InstanceId == "cx" && e.Action == "meeting of 2026-03-05 cancelled" && e.Actor == Hr);
        Assert.Equal(2, h.EmailsTo("E005", MessageTemplates.MeetingInvite).Count + h.EmailsTo("E005", MessageTemplates.MeetingCancelled).Count);
        await h.DriveUntilAsync(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, h.EmailsTo("E005", MessageTemplates.MeetingInvite).Count);
    }

    [Fact]
    public async Task MeetingChanged_TooFarFromThePlanOrAlreadyHeld_IsRefusedAuditedAndChangesNothing()
    {
        await using var h = await ActiveCohortAsync("rf");
        await h.RaiseAsync("rf", CohortEvents.MeetingChanged, new MeetingChange(1, Month1.AddDays(20), Hr));
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddDays(1)));
        await h.RaiseAsync("rf", CohortEvents.MeetingChanged, new MeetingChange(1, null, Hr));

        Assert.Empty(h.Email.WithTemplate(MessageTemplates.MeetingMoved));
        Assert.Empty(h.Email.WithTemplate(MessageTemplates.MeetingCancelled));
        Assert.Equal(
            ["month 1 by E002: TooFarFromPlan", "month 1 by E002: AlreadyStarted"],
            h.Approvals.Audit.Where(e => e.InstanceId == "rf" && e.Action == "meeting change refused").Select(e => e.Details));
        var slot = (await h.StatusAsync("rf"))!.Cohort!.Meetings[0];
        Assert.Equal(((DateTime?)Month1, 0), (slot.StartUtc, slot.Sequence));
    }

    [Fact]
    public async Task HrOwnerChanged_MidTerm_TheNewOwnerIsToldAndGetsTheSummaryAndTheJourneysNotices()
    {
        await using var h = await ActiveCohortAsync("ho");
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddDays(-3)));
        var newHr = Person.From(h.Directory[NewHr]);

        await h.RaiseAsync("ho", CohortEvents.HrOwnerChanged, new HrOwnerChange(newHr, Hr, "Hr Person"));

        var told = Assert.Single(h.EmailsTo(NewHr, MessageTemplates.HrOwnerChanged));
        Assert.Contains("ho", told.Subject, StringComparison.Ordinal);
        Assert.Equal(NewHr, (await h.StatusAsync("ho"))!.Cohort!.HrOwnerId);
        Assert.Contains(h.Approvals.Audit, e => e.InstanceId == "ho" && e.Action == "HR owner changed" && e.Details == $"{Hr} to {NewHr} by {Hr}");

        // The cohort's summary and a journey's notice go to the new owner, none to the old one.
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddDays(9)));
        await h.AnswerAsync($"{JourneyIds.For("ho", "E005")}:step-down", Decisions.StepDown);
        Assert.Single(h.EmailsTo(NewHr, MessageTemplates.HrMonthlySummary));
        Assert.Single(h.EmailsTo(NewHr, MessageTemplates.SteppedDownNotice));
        Assert.Empty(h.EmailsTo(Hr, MessageTemplates.HrMonthlySummary));
        Assert.Empty(h.EmailsTo(Hr, MessageTemplates.SteppedDownNotice));
    }

    [Fact]
    public async Task MeetingChanged_CohortOfVersion3_IsNotTaken()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator), new CohortRequest("v3", "mobility-ambassadors", Hr, "IT", []),
            new StartOrchestrationOptions("v3") { Version = new TaskVersion(OrchestrationVersions.V3) });
        await h.Runtime.RunUntilIdleAsync();
        await SelectAndOnboardAsync(h, "v3");

        await h.RaiseAsync("v3", CohortEvents.MeetingChanged, new MeetingChange(1, Month1.AddDays(7), Hr));
        await h.DriveUntilAsync(new DateTimeOffset(Month1.AddHours(2)));

        Assert.Empty(h.Email.WithTemplate(MessageTemplates.MeetingMoved));
        Assert.Single(h.EmailsTo("E005", MessageTemplates.CheckInRequest));
        Assert.Null((await h.StatusAsync("v3"))!.Cohort);
    }

    /// <summary>A cohort of E005 and E006, selected at once, both in training before the first invites.</summary>
    private static async Task<WorkflowHarness> ActiveCohortAsync(string cohort)
    {
        var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest(cohort, "mobility-ambassadors", Hr, "IT", []), cohort);
        await SelectAndOnboardAsync(h, cohort);
        return h;
    }

    private static async Task SelectAndOnboardAsync(WorkflowHarness h, string cohort)
    {
        await h.AnswerAsync($"{cohort}:apply:E005", Decisions.Apply);
        await h.AnswerAsync($"{cohort}:apply:E006", Decisions.Apply);
        await h.DriveDaysAsync(14.1);
        await h.AnswerAsync($"{cohort}:selection", Decisions.Approve, new SelectionForm(["E005", "E006"]));
        foreach (var employee in new[] { "E005", "E006" })
        {
            var journey = JourneyIds.For(cohort, employee);
            await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
            await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
        }
    }

    private static string Ics(Ports.EmailMessage message) => Encoding.UTF8.GetString(Assert.Single(message.Attachments).Content);

    private static string Line(string ics, string name)
        => ics.Split("\r\n").Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
}
