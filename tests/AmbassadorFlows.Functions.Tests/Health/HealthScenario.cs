using System.Net;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Health;

/// <summary>
/// One 12-month cohort played once on the real app (Kestrel, SQLite, fake clock) for the health tests
/// and the health screenshot: Emma (E007), Mette (E005) and Oliver (E012) apply, are selected,
/// approved and accept, then answer every monthly check-in through its emailed link (attended, 3 h,
/// "bike" in their successes; Oliver misses month 2's meeting). Emma steps down after month 3's
/// check-in and Mette after month 5's, each through the link in their welcome email, so months 1-3
/// have three ambassadors, 4-5 two and 6-12 one. The timers are played, never waited for.
/// </summary>
public sealed class HealthScenario : IAsyncLifetime
{
    public const string Emma = "E007";
    public const string Mette = "E005";
    public const string Oliver = "E012";
    public const int Months = 12;

    private static readonly string[] Ambassadors = [Emma, Mette, Oliver];

    /// <summary>Who steps down after answering which month's check-in.</summary>
    private static readonly Dictionary<int, string> StepsDownAfter = new() { [3] = Emma, [5] = Mette };

    public AppHost App { get; } = new();

    public string CohortId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        CohortId = await App.StartJourneysAsync(Ambassadors);
        foreach (var request in await AllAsync("manager-approval-request", Ambassadors.Length))
        {
            await AnswerOkAsync(request, "approve");
        }

        var welcome = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        foreach (var ambassador in Ambassadors)
        {
            await AnswerOkAsync(await App.WaitForEmailAsync(ambassador, "agreement-request"), "accept");
            welcome[ambassador] = await App.WaitForEmailAsync(ambassador, "welcome");
        }

        var serving = Ambassadors.ToList();
        for (var month = 1; month <= Months; month++)
        {
            foreach (var ambassador in serving)
            {
                var request = await CheckInRequestAsync(ambassador, month);
                var fields = new Dictionary<string, string> { ["data.hoursSpent"] = "3", ["data.successes"] = $"Bike breakfast number {month}" };
                if (!(ambassador == Oliver && month == 2))
                {
                    fields["data.attendedMeeting"] = "true";
                }

                await AnswerOkAsync(request, "submit", fields);
            }

            if (StepsDownAfter.TryGetValue(month, out var leaving))
            {
                await AnswerOkAsync(welcome[leaving], "step-down");
                await AppHost.EventuallyAsync(async () => (await ProgressAsync(leaving)) is { Step: AmbassadorStep.Ended } p ? p : null, $"{leaving}'s journey to end");
                serving.Remove(leaving);
            }
        }

        // The last answers reach the read model before any test reads it.
        await App.Driver.RunUntilIdleAsync();
        await AppHost.EventuallyAsync(async () => (await ProgressAsync(Oliver)).CheckIns.Any(c => c.Month == Months) ? this : null, "Oliver's last check-in");
    }

    public Task DisposeAsync() => App.DisposeAsync();

    /// <summary>The ambassador's check-in request for <paramref name="month"/>: their n-th, as all serve
    /// from the first meeting. Timers are played until it has been sent.</summary>
    private async Task<OutboxMessage> CheckInRequestAsync(string employeeId, int month)
    {
        var email = (await App.Services.GetRequiredService<IDirectory>().GetEmployeeAsync(employeeId))!.Email;
        for (var step = 0; step < 400; step++)
        {
            var requests = (await App.Outbox.ListAsync(1000, email)).Where(m => m.Message.Template == "check-in-request").OrderBy(m => m.Id).ToList();
            if (requests.Count >= month)
            {
                return requests[month - 1];
            }

            if (!await App.Driver.AdvanceToNextTimerAsync(t => App.Clock.SetUtcNow(t)))
            {
                break;
            }
        }

        throw new TimeoutException($"No check-in request for month {month} to {employeeId} after playing the timers.");
    }

    private Task<List<OutboxMessage>> AllAsync(string template, int count)
        => AppHost.EventuallyAsync(async () => (await App.Outbox.ListAsync(1000)).Where(m => m.Message.Template == template).ToList() is { } found && found.Count >= count ? found : null, $"{count} {template} emails");

    private async Task<AmbassadorProgress> ProgressAsync(string employeeId)
        => (await App.Services.GetRequiredService<ICohortProgress>().GetCohortAsync(CohortId)).Single(p => p.EmployeeId == employeeId);

    private async Task AnswerOkAsync(OutboxMessage email, string decision, Dictionary<string, string>? fields = null)
    {
        using var response = await App.AnswerAsync(AppHost.LinkIn(email), decision, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

[CollectionDefinition(Name)]
public sealed class HealthScenarioCollection : ICollectionFixture<HealthScenario>
{
    public const string Name = "Health scenario";
}
