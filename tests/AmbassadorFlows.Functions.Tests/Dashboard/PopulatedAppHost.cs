using System.Collections.Concurrent;
using System.Net;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Web;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>
/// The real app with something on every dashboard page: a cohort whose journey waits on the manager
/// (requests, journeys, mail), and one failed orchestration. The state is settled once and the clock
/// never moves, so the same page renders the same data in every language, and a page's English
/// rendering can be compared with its translation.
/// </summary>
public sealed class PopulatedAppHost : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<IReadOnlyDictionary<string, (HttpStatusCode Status, string Html)>>> _renders = new(StringComparer.Ordinal);

    public AppHost App { get; } = new();

    public string CohortId { get; private set; } = null!;

    /// <summary>The ambassador journey (a sub-orchestration with an open request).</summary>
    public string JourneyInstanceId { get; private set; } = null!;

    public string FailedInstanceId { get; private set; } = null!;

    /// <summary>The manager-approval email in the outbox.</summary>
    public long MessageId { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        CohortId = await App.StartJourneysAsync("E012");
        var request = await App.WaitForEmailAsync("E009", "manager-approval-request");
        MessageId = request.Id;
        JourneyInstanceId = (await App.Approvals.ListPendingAsync(null)).Single(a => a.Kind == "manager-approval").InstanceId;

        // An orchestrator nobody registered fails at once: the overview's failures and a failed instance page.
        FailedInstanceId = await App.Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator");
        await AppHost.EventuallyAsync(
            async () => (await App.Client.GetInstanceAsync(FailedInstanceId))?.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? FailedInstanceId : null,
            "the orchestration to fail");
        await App.Driver.RunUntilIdleAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();

    /// <summary>A page in each of our languages, fetched once, one language after the other (a dry run takes a while).</summary>
    /// <param name="fetch">Fetches the page in a language with a fresh client.</param>
    public Task<IReadOnlyDictionary<string, (HttpStatusCode Status, string Html)>> RenderAsync(string page, Func<HttpClient, string, Task<HttpResponseMessage>> fetch)
        => _renders.GetOrAdd(page, async _ =>
        {
            var pages = new Dictionary<string, (HttpStatusCode, string)>(StringComparer.Ordinal);
            foreach (var (language, _) in PageLanguage.Supported)
            {
                using var client = App.NewClient();
                using var response = await fetch(client, language);
                pages[language] = (response.StatusCode, await response.Content.ReadAsStringAsync());
            }

            return pages;
        });
}
