using System.Globalization;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>Every date in every email of a cohort's first thirteen months, against the schedule it
/// comes from: the posting's deadline, the cohort's meeting calendar and its terms, the training's
/// due date. A date no schedule accounts for fails, as does a schedule's date left out.</summary>
public sealed class EmailDatesScenarioTests
{
    private const string Hr = "E002";
    private const string Ambassador = "E005"; // da; manager E004
    private const string Cohort = "d1";

    [Fact]
    public async Task Cohort_ThirteenMonthsOnTheFakeClock_EveryDatedEmailNamesItsScheduledDate()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        var programme = h.Catalog.Get("mobility-ambassadors");
        var deadline = WorkflowHarness.T0.UtcDateTime.AddDays(programme.Posting.ApplicationWindowDays);
        var plan = new CohortPlan(Person.From(h.Directory[Hr]), deadline, PlanCohort.MeetingDates(programme.Meetings, deadline + PlanCohort.OnboardingTime, programme.TermMonths * programme.MaxTerms));
        var meetings = plan.MeetingsUtc;
        var terms = plan.Terms(programme);
        var journey = JourneyIds.For(Cohort, Ambassador);

        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest(Cohort, "mobility-ambassadors", Hr, "IT", []), Cohort);
        await h.AnswerAsync($"{Cohort}:apply:{Ambassador}", Decisions.Apply);
        await h.DriveDaysAsync(14);
        await h.AnswerAsync($"{Cohort}:selection", Decisions.Approve);
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
        var trainingDue = h.Now.UtcDateTime.AddDays(programme.Training.Max(m => m.DueWithinDays));
        foreach (var module in programme.Training)
        {
            await h.DriveDaysAsync(2);
            await h.RaiseAsync(journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module.Id, h.Now));
        }

        Assert.Equal(12, await CohortScenarioTests.LiveThroughTermAsync(h, new CheckInForm(true, 3)));
        await h.AnswerAsync($"{journey}:renewal-wish", Decisions.Renew);
        await h.AnswerAsync($"{journey}:renewal-manager", Decisions.Approve);
        await h.AnswerAsync($"{journey}:renewal-hr", Decisions.Approve);

        // Meeting 13's invites went out with the renewal still open (nobody serving, no meeting); the
        // second term's first meeting is month 14's: its check-in, then the ambassador steps down.
        await h.DriveUntilAsync(new DateTimeOffset(meetings[13].AddDays(2), TimeSpan.Zero));
        await h.AnswerAsync(JourneyIds.CheckIn(journey, 14), Decisions.Submit, new CheckInForm(true, 2));
        await h.AnswerAsync($"{journey}:step-down", Decisions.StepDown);
        await h.DriveToEndAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.GetAsync(Cohort)).RuntimeStatus);

        var renewalWish = Assert.Single(h.Email.WithTemplate(MessageTemplates.RenewalWishRequest));
        Assert.Equal(terms[0].EndsAt, h.Email.SentAt(renewalWish).UtcDateTime); // "has come to an end" on the day it names
        var meetingInvites = 0;
        foreach (var email in h.Email.Sent)
        {
            var sentAt = h.Email.SentAt(email).UtcDateTime;
            DateTime[] expected = email.Template switch
            {
                MessageTemplates.PostingAnnouncement or MessageTemplates.PostingInvitation => [deadline, meetings[0]],
                MessageTemplates.ManagerApprovalRequest or MessageTemplates.ManagerApprovalEscalation or MessageTemplates.AgreementRequest
                    or MessageTemplates.Welcome or MessageTemplates.RenewalWishRequest => [terms[0].Start, terms[0].EndsAt],
                MessageTemplates.TrainingAssigned or MessageTemplates.TrainingReminder or MessageTemplates.TrainingOverdue => [trainingDue],
                MessageTemplates.MeetingInvite => [meetings.First(m => m > sentAt)], // invites go out the week before
                MessageTemplates.RenewalApprovalRequest or MessageTemplates.RenewalConfirmed => [terms[1].Start, terms[1].EndsAt],
                _ => [],
            };
            meetingInvites += email.Template == MessageTemplates.MeetingInvite && email.To.Address == h.Directory[Ambassador].Email ? 1 : 0;
            Assert.True(
                DatesIn(email).SetEquals(expected.Select(DateOnly.FromDateTime)),
                $"{email.Template} ({email.Language}) sent {sentAt:u}: expected {string.Join(", ", expected.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}, found {string.Join(", ", DatesIn(email).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}\n{email.TextBody}");
        }

        Assert.Equal(13, meetingInvites);
    }

    /// <summary>Every day of the run's years written as messages write dates (long date, the email's language).</summary>
    private static HashSet<DateOnly> DatesIn(EmailMessage email)
    {
        var culture = MessageRenderer.CultureFor(email.Language ?? MessageRenderer.FallbackLanguage);
        var first = DateOnly.FromDateTime(WorkflowHarness.T0.UtcDateTime).AddDays(-1);
        return [.. Enumerable.Range(0, 3 * 366).Select(first.AddDays)
            .Where(day => email.TextBody.Contains(day.ToDateTime(TimeOnly.MinValue).ToString("D", culture), StringComparison.Ordinal))];
    }
}
