using System.Net;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AmbassadorFlows.Functions.Tests.Figures;

/// <summary>
/// One cohort of three on the real app (Kestrel, SQLite, fake clock), answered through the check-in
/// pages for three months, then read three ways: the cohort page's model, the health report and the
/// monthly summary activity. They must say the same, and what a person works out by hand.
/// Emma (E007) could not make time in month 1 (0 h) and stays silent after; Mette (E005) spends 7 h
/// in month 1 (budget 3 h), then misses months 2 and 3; Oliver (E012) attends months 1 and 2 (3 h)
/// and steps down after month 2's check-in.
/// </summary>
public sealed class FiguresAgreementTests : IAsyncLifetime
{
    private const string Emma = "E007";
    private const string Mette = "E005";
    private const string Oliver = "E012";

    private readonly AppHost _app = new();
    private string _cohortId = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _cohortId = await _app.StartJourneysAsync(Emma, Mette, Oliver);
        var welcome = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        var approvals = await AppHost.EventuallyAsync(async () => (await _app.Outbox.ListAsync(1000)).Where(m => m.Message.Template == "manager-approval-request").ToList() is { Count: 3 } found ? found : null, "three manager approval requests");
        foreach (var request in approvals)
        {
            await AnswerOkAsync(request, "approve");
        }

        foreach (var ambassador in new[] { Emma, Mette, Oliver })
        {
            await AnswerOkAsync(await _app.WaitForEmailAsync(ambassador, "agreement-request"), "accept");
            welcome[ambassador] = await _app.WaitForEmailAsync(ambassador, "welcome");
        }

        await AnswerOkAsync(await CheckInRequestAsync(Emma, 1), "submit", new() { ["data.attendedMeeting"] = "false", ["data.hoursSpent"] = "0", ["data.noTime"] = "true" });
        await AnswerOkAsync(await CheckInRequestAsync(Mette, 1), "submit", new() { ["data.attendedMeeting"] = "true", ["data.hoursSpent"] = "7" });
        await AnswerOkAsync(await CheckInRequestAsync(Oliver, 1), "submit", new() { ["data.attendedMeeting"] = "true", ["data.hoursSpent"] = "3" });
        await CheckInRequestAsync(Emma, 2);
        await AnswerOkAsync(await CheckInRequestAsync(Mette, 2), "submit", new() { ["data.attendedMeeting"] = "false", ["data.hoursSpent"] = "3" });
        await AnswerOkAsync(await CheckInRequestAsync(Oliver, 2), "submit", new() { ["data.attendedMeeting"] = "true", ["data.hoursSpent"] = "3" });
        await AnswerOkAsync(welcome[Oliver], "step-down");
        await AppHost.EventuallyAsync(async () => (await ProgressAsync(Oliver)) is { Step: AmbassadorStep.Ended } p ? p : null, "Oliver's journey to end");
        await CheckInRequestAsync(Emma, 3);
        await AnswerOkAsync(await CheckInRequestAsync(Mette, 3), "submit", new() { ["data.attendedMeeting"] = "false", ["data.hoursSpent"] = "2" });
        await _app.Driver.RunUntilIdleAsync();
        await AppHost.EventuallyAsync(async () => (await ProgressAsync(Mette)).CheckIns.Any(c => c.Month == 3) ? this : null, "Mette's month 3 check-in");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CohortPageHealthAndSummary_OneCohort_SayTheSameAndWhatIsWorkedOutByHand()
    {
        var page = (await _app.Services.GetRequiredService<CohortReadModel>().GetAsync(_app.Client, _cohortId, null, CancellationToken.None))!;
        var health = (await _app.Services.GetRequiredService<HealthReader>().CohortAsync(_app.Client, _cohortId, CancellationToken.None))!;
        var programme = await _app.Services.GetRequiredService<IProgrammeCatalog>().FindAsync(page.Programme!, page.ProgrammeVersion, CancellationToken.None);
        var summaries = new List<MonthlySummary>();
        for (var month = 1; month <= 3; month++)
        {
            summaries.Add(await SummaryAsync(programme!, month));
        }

        // By hand: Oliver serves months 1-2 and counts there although he has stepped down since.
        Assert.Equal([3, 3, 2], health.Months.Select(m => m.Active));
        Assert.Equal([2, 1, 0], health.Months.Select(m => m.Attended));
        Assert.Equal([3, 3, 2], health.Months.Select(m => m.CheckInsRequested));
        Assert.Equal([3, 2, 1], health.Months.Select(m => m.CheckInsAnswered));
        Assert.Equal([10.0, 6.0, 2.0], health.Months.Select(m => m.HoursReported));
        Assert.Equal([0, 1, 0], health.Months.Select(m => m.StepDowns));
        // Month 1: Emma could not make time, Mette far over budget; month 2: one silence or one
        // missed meeting is no pattern; month 3: Emma silent twice, Mette absent twice.
        Assert.Equal([2, 0, 2], health.Months.Select(m => m.AtRisk));

        // The summary activity computes the same months.
        Assert.Equal(health.Months.Select(m => (m.Month, m.Active, m.Attended, m.CheckInsRequested, m.CheckInsAnswered, m.HoursReported, m.StepDowns, m.AtRisk)),
            summaries.Select(s => (s.Month, s.Participants, s.Attended, s.CheckInsRequested, s.CheckIns, s.HoursReported, s.StepDowns, s.AtRisk.Count)));
        Assert.Equal([(Mette, AtRiskKind.HoursOverBudget), (Emma, AtRiskKind.NoTime)], Flags(summaries[0].AtRisk.Select(a => (a.EmployeeId, a.Reasons))));

        // The cohort page's list is the latest month's, reason for reason.
        var expected = new[] { (Mette, AtRiskKind.MissedMeetings), (Emma, AtRiskKind.NoCheckIn) }; // ordered by employee id
        Assert.Equal(expected, Flags(page.AtRisk.Select(a => (a.EmployeeId, a.Reasons))));
        Assert.Equal(expected, Flags(summaries[2].AtRisk.Select(a => (a.EmployeeId, a.Reasons))));
        Assert.Equal(summaries[2].AtRisk.SelectMany(a => a.Reasons), page.AtRisk.SelectMany(a => a.Reasons));

        // The answer "I could not make time" is on record with the check-in.
        Assert.True((await ProgressAsync(Emma)).CheckIns.Single(c => c.Month == 1).NoTime);
        Assert.False((await ProgressAsync(Mette)).CheckIns.Single(c => c.Month == 1).NoTime);
    }

    /// <summary>(employee, kind) of every flag, ordered, ignoring a training left overdue (the journeys here never train).</summary>
    private static (string, AtRiskKind)[] Flags(IEnumerable<(string EmployeeId, IReadOnlyList<AtRiskReason> Reasons)> atRisk)
        => [.. atRisk.SelectMany(a => a.Reasons.Where(r => r.Kind != AtRiskKind.TrainingOverdue).Select(r => (a.EmployeeId, r.Kind))).Order()];

    private async Task<MonthlySummary> SummaryAsync(ProgrammeDefinition programme, int month)
    {
        var activity = ActivatorUtilities.CreateInstance<SendHrMonthlySummary>(_app.Services);
        var hr = new Person("E002", "HR", "hr@contoso.example", "en");
        return await activity.RunAsync(Substitute.For<TaskActivityContext>(), new SummaryInput(_cohortId, programme, month, hr) { IdempotencyKey = $"figures-test-{month}" });
    }

    private async Task<OutboxMessage> CheckInRequestAsync(string employeeId, int month)
    {
        var email = (await _app.Services.GetRequiredService<IDirectory>().GetEmployeeAsync(employeeId))!.Email;
        for (var step = 0; step < 400; step++)
        {
            var requests = (await _app.Outbox.ListAsync(1000, email)).Where(m => m.Message.Template == "check-in-request").OrderBy(m => m.Id).ToList();
            if (requests.Count >= month)
            {
                return requests[month - 1];
            }

            if (!await _app.Driver.AdvanceToNextTimerAsync(t => _app.Clock.SetUtcNow(t)))
            {
                break;
            }
        }

        throw new TimeoutException($"No check-in request for month {month} to {employeeId} after playing the timers.");
    }

    private async Task<AmbassadorProgress> ProgressAsync(string employeeId)
        => (await _app.Services.GetRequiredService<ICohortProgress>().GetCohortAsync(_cohortId)).Single(p => p.EmployeeId == employeeId);

    private async Task AnswerOkAsync(OutboxMessage email, string decision, Dictionary<string, string>? fields = null)
    {
        using var response = await _app.AnswerAsync(AppHost.LinkIn(email), decision, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
