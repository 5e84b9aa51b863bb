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
