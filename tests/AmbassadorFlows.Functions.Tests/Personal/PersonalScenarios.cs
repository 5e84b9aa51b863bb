using System.Net;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>Real journeys started for the test's own employees (so no test waits on another's work),
/// their managers' open requests as the journeys record them, and personal links to open.</summary>
public sealed class PersonalScenarios(AppHost app)
{
    public static readonly DateTime TermStart = new(2026, 4, 1);

    public async Task<Uri> LinkAsync(string employeeId)
        => (await app.Services.GetRequiredService<PersonalLinks>().CreateAsync(employeeId))!;

    /// <summary>Starts one journey per employee (on the mobility programme) and waits until each has
    /// asked its manager: returns the managers' open requests, one per employee.</summary>
    public async Task<IReadOnlyList<PendingApproval>> ManagerRequestsAsync(string managerId, params string[] employeeIds)
    {
        var programme = (await app.Services.GetRequiredService<IProgrammeCatalog>().FindAsync("mobility-ambassadors"))!;
        var cohortId = $"personal-{Guid.NewGuid():N}";
        foreach (var employeeId in employeeIds)
        {
            var journeyId = JourneyIds.For(cohortId, employeeId);
            await app.Client.ScheduleNewOrchestrationInstanceAsync(nameof(AmbassadorJourney), new JourneyInput(cohortId, employeeId, "E031", programme, TermStart), new StartOrchestrationOptions(journeyId));
        }

        var open = app.Services.GetRequiredService<IOpenRequests>();
        return await AppHost.EventuallyAsync(
            async () =>
            {
                var mine = (await open.ListOpenForAsync(managerId)).Where(a => a.InstanceId.StartsWith(cohortId, StringComparison.Ordinal)).ToList();
                return mine.Count == employeeIds.Length ? mine : null;
            },
            $"{employeeIds.Length} requests for {managerId}");
    }

    /// <summary>An ambassador a few months in: a journey with its standing step-down request, in the
    /// active step, one module still to do and two check-ins given. Returns the step-down request.</summary>
    public async Task<PendingApproval> AmbassadorAsync(Approvals.Reader reader)
    {
        var scenarios = new Approvals.RequestPageScenarios(app);
        var (stepDown, _) = await scenarios.OpenAsync("step-down", reader);
        var programme = await scenarios.ProgrammeAsync(reader);
        var cohortId = stepDown.InstanceId.Split(":journey:")[0];
        var progress = app.Services.GetRequiredService<ICohortProgress>();
        // The journey records its first step itself; move it on only after that, so nothing overwrites it.
        await AppHost.EventuallyAsync(async () => (await progress.GetCohortAsync(cohortId)).FirstOrDefault(), "the journey's first step");
        var now = app.Clock.GetUtcNow();
        await progress.RecordStepAsync(new AmbassadorStepChange(cohortId, reader.SubjectId, stepDown.InstanceId, AmbassadorStep.Active, now));
        await progress.RecordTrainingAsync(cohortId, reader.SubjectId, new TrainingRecord([.. programme.Training.Select(m => m.Id)], [programme.Training[0].Id], now.AddDays(20), false));
        await progress.RecordCheckInAsync(cohortId, reader.SubjectId, new CheckInRecord(1, true, 2.5, null, null, null, now));
        await progress.RecordCheckInAsync(cohortId, reader.SubjectId, new CheckInRecord(2, true, 3, null, null, null, now));
        return stepDown;
    }

    /// <summary>Opens the page as its owner's browser does and returns the client (with the form cookie) and the HTML.</summary>
    public async Task<(HttpClient Client, string Html)> OpenAsync(Uri link, string? acceptLanguage = null)
    {
        var client = app.NewClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a page's form (by id) as a browser does: its hidden fields, its checked radios, plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string html, string formId, IDictionary<string, string>? fields = null)
    {
        var form = Pages.Parse(html).QuerySelector($"#{formId}") ?? throw new InvalidOperationException($"No form #{formId}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll("input[type=hidden], input[type=radio][checked]"))
        {
            values[input.GetAttribute("name")!] = input.GetAttribute("value") ?? string.Empty;
        }

        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
