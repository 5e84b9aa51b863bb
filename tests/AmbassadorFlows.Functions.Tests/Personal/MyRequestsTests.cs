using System.Net;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>"My requests": a manager decides several open requests on one page, through a
/// confirmation step, each recorded and delivered once through the single-request link's path.</summary>
public sealed class MyRequestsTests(AppHost app) : IClassFixture<AppHost>
{
    private readonly PersonalScenarios _scenarios = new(app);

    [Fact]
    public async Task Post_ThreeRequestsDecidedOnOnePage_EachDeliveredOnceReasonReachesTheEmployeeAndTheSingleLinkSays409()
    {
        // Koen Vermeulen (E014, Dutch) manages E015, E016 and E017.
        var requests = await _scenarios.ManagerRequestsAsync("E014", "E015", "E016", "E017");
        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync("E014"));
        using var _ = client;
        var page = Pages.Parse(html);
        Assert.Equal(3, page.QuerySelectorAll("#requests-form fieldset.request").Length);
        var byEmployee = requests.ToDictionary(a => a.InstanceId.Split(":journey:")[1], a => a.ApprovalId);
        var choices = new Dictionary<string, string>
        {
            [PersonalEndpoints.DecisionPrefix + byEmployee["E015"]] = "approve",
            [PersonalEndpoints.DecisionPrefix + byEmployee["E016"]] = "approve",
            [PersonalEndpoints.DecisionPrefix + byEmployee["E017"]] = "reject",
            [PersonalEndpoints.ReasonPrefix + byEmployee["E017"]] = "Ons team zit dit kwartaal te krap",
        };

        using var review = await PersonalScenarios.SubmitAsync(client, html, "requests-form", choices);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var confirm = await review.Content.ReadAsStringAsync();
        // The confirmation step changes nothing.
        foreach (var request in requests)
        {
            Assert.Null((await app.Approvals.GetAsync(request.ApprovalId))!.Decision);
        }

        Assert.Equal(3, Pages.Parse(confirm).QuerySelectorAll("#choices li").Length);
        Assert.Contains("Ons team zit dit kwartaal te krap", Pages.Text(confirm, "#choices"), StringComparison.Ordinal);

        using var done = await PersonalScenarios.SubmitAsync(client, confirm, "confirm-form");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var outcome = await done.Content.ReadAsStringAsync();
        Assert.Equal(3, Pages.Parse(outcome).QuerySelectorAll("#outcomes li").Length);
        Assert.Equal("nl", Pages.Parse(outcome).DocumentElement.GetAttribute("lang"));

        foreach (var request in requests)
        {
            var decided = await AppHost.EventuallyAsync(
                async () => await app.Approvals.GetAsync(request.ApprovalId) is { Decision.DeliveredAt: not null } a ? a : null,
                $"{request.ApprovalId} delivered");
            Assert.Equal(request.InstanceId.EndsWith("E017", StringComparison.Ordinal) ? "reject" : "approve", decided.Decision!.Decision);
            var history = await AppHost.EventuallyAsync(
                async () => await app.Client.GetOrchestrationHistoryAsync(request.InstanceId) is { } h && h.OfType<EventRaisedEvent>().Any(e => e.Name == JourneyEvents.ManagerDecision) ? h : null,
                $"{request.InstanceId} receiving the decision");
            Assert.Single(history.OfType<EventRaisedEvent>(), e => e.Name == JourneyEvents.ManagerDecision);
        }

        var declined = await app.WaitForEmailAsync("E017", MessageTemplates.ManagerDeclinedWithReason);
        Assert.Contains("Ons team zit dit kwartaal te krap", declined.Message.TextBody, StringComparison.Ordinal);

        // The request's own link now says it was decided (409), and nothing is delivered twice.
        var single = app.Services.GetRequiredService<IApprovalLinks>().CreateLink((await app.Approvals.GetAsync(byEmployee["E015"]))!).AbsoluteUri;
        using var again = await app.AnswerAsync(single, "reject");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("approve", (await app.Approvals.GetAsync(byEmployee["E015"]))!.Decision!.Decision);
        Assert.Single((await app.Client.GetOrchestrationHistoryAsync(requests[0].InstanceId)).OfType<EventRaisedEvent>(), e => e.Name == JourneyEvents.ManagerDecision);
    }

    [Fact]
    public async Task Post_ConfirmAfterTheSingleLinkDecided_SaysAlreadyDecidedAndChangesNothing()
    {
        // Fien De Clercq (E041, Dutch) manages E042.
        var request = (await _scenarios.ManagerRequestsAsync("E041", "E042")).Single();
        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync("E041"));
        using var _ = client;
        using var review = await PersonalScenarios.SubmitAsync(client, html, "requests-form", new Dictionary<string, string> { [PersonalEndpoints.DecisionPrefix + request.ApprovalId] = "reject" });
        var confirm = await review.Content.ReadAsStringAsync();

        using var single = await app.AnswerAsync(app.Services.GetRequiredService<IApprovalLinks>().CreateLink(request).AbsoluteUri, "approve");
        using var done = await PersonalScenarios.SubmitAsync(client, confirm, "confirm-form");

        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Contains("al beslist", Pages.Text(await done.Content.ReadAsStringAsync(), "#outcomes"), StringComparison.Ordinal);
        Assert.Equal("approve", (await app.Approvals.GetAsync(request.ApprovalId))!.Decision!.Decision);
    }

    [Fact]
    public async Task Post_WithoutTheFormField_Is403AndDecidesNothing()
    {
        // Ida Mortensen (E033, Danish) manages E034.
        var request = (await _scenarios.ManagerRequestsAsync("E033", "E034")).Single();
        var link = await _scenarios.LinkAsync("E033");
        using var client = app.NewClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { [PersonalEndpoints.DecisionPrefix + request.ApprovalId] = "approve", ["confirm"] = "yes" });

        using var response = await client.PostAsync(new Uri(link.AbsoluteUri + "/requests"), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("da", Pages.Parse(await response.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang"));
        Assert.Null((await app.Approvals.GetAsync(request.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task Post_NothingChosen_SendsNothingAndSaysSo()
    {
        // Charlotte Dupont (E021, French) manages E022.
        var request = (await _scenarios.ManagerRequestsAsync("E021", "E022")).Single();
        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync("E021"));
        using var _ = client;

        using var response = await PersonalScenarios.SubmitAsync(client, html, "requests-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("rien n'a été envoyé", Pages.Text(await response.Content.ReadAsStringAsync(), "#outcome"), StringComparison.Ordinal);
        Assert.Null((await app.Approvals.GetAsync(request.ApprovalId))!.Decision);
    }
}
