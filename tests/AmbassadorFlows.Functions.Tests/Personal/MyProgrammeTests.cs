using System.Net;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Personal;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Tests.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>"My programme": the ambassador's step, hours and check-ins; stepping down through a
/// confirmation and the journey's own step-down request; an idea kept once for the cohort's HR.</summary>
public sealed class MyProgrammeTests(AppHost app) : IClassFixture<AppHost>
{
    private readonly PersonalScenarios _scenarios = new(app);

    [Fact]
    public async Task Get_AmbassadorAFewMonthsIn_ShowsStepHoursAgainstBudgetCheckInsAndTrainingLeft()
    {
        var reader = RequestPageScenarios.For("en");
        await _scenarios.AmbassadorAsync(reader);

        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync(reader.SubjectId));
        using var _ = client;

        Assert.Equal("Active ambassador", Pages.Text(html, "#step"));
        Assert.Equal("5.5 hours in the 2 months you checked in, against a budget of 6 hours", Pages.Text(html, "#hours"));
        Assert.Equal("2 check-ins given", Pages.Text(html, "#check-ins"));
        Assert.StartsWith("2 April 2026, 12:30", Pages.Text(html, "#next-meeting"), StringComparison.Ordinal);
        var programme = await new RequestPageScenarios(app).ProgrammeAsync(reader);
        Assert.Equal(programme.Training.Skip(1).Select(m => m.Title.In("en")), Pages.Parse(html).QuerySelectorAll("#training-left li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_StepDownConfirmed_AnswersTheJourneysStepDownRequestOnce()
    {
        var reader = RequestPageScenarios.For("fr");
        var stepDown = await _scenarios.AmbassadorAsync(reader);
        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync(reader.SubjectId));
        using var _ = client;

        using var ask = await PersonalScenarios.SubmitAsync(client, html, "step-down-form");
        var confirm = await ask.Content.ReadAsStringAsync();
        Assert.Null((await app.Approvals.GetAsync(stepDown.ApprovalId))!.Decision);
        Assert.Equal(RequestPageText.For("fr").StepDownHappens, Pages.Parse(confirm).QuerySelectorAll("#happens li").Select(li => li.TextContent.Trim()));

        using var done = await PersonalScenarios.SubmitAsync(client, confirm, "confirm-form", new Dictionary<string, string> { ["reason"] = "Trop de travail ce trimestre" });

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(PersonalTexts.French.StepDownDone, Pages.Text(await done.Content.ReadAsStringAsync(), "#outcome"));
        var decided = (await app.Approvals.GetAsync(stepDown.ApprovalId))!.Decision!;
        Assert.Equal("step-down", decided.Decision);
        Assert.Equal("Trop de travail ce trimestre", decided.Comment);
        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetOrchestrationHistoryAsync(stepDown.InstanceId)).OfType<EventRaisedEvent>().SingleOrDefault(e => e.Name == Workflows.Journeys.JourneyEvents.SteppedDown),
            "the journey hearing the step-down");
    }

    [Fact]
    public async Task Post_IdeaConfirmedTwice_IsKeptOnceForTheCohortsHr()
    {
        var reader = RequestPageScenarios.For("nl");
        var stepDown = await _scenarios.AmbassadorAsync(reader);
        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync(reader.SubjectId));
        using var _ = client;

        using var ask = await PersonalScenarios.SubmitAsync(client, html, "idea-form", new Dictionary<string, string> { ["kind"] = "situation", ["text"] = "Een collega vroeg hoe de fietsvergoeding werkt" });
        var confirm = await ask.Content.ReadAsStringAsync();
        Assert.Equal("Een collega vroeg hoe de fietsvergoeding werkt", Pages.Text(confirm, "#idea-text"));
        var cohortId = stepDown.InstanceId.Split(":journey:")[0];
        var store = app.Services.GetRequiredService<IPersonalPageStore>();
        Assert.Empty(await store.ListIdeasAsync(cohortId));

        using var first = await PersonalScenarios.SubmitAsync(client, confirm, "confirm-form");
        using var second = await PersonalScenarios.SubmitAsync(client, confirm, "confirm-form");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var idea = Assert.Single(await store.ListIdeasAsync(cohortId));
        Assert.Equal((reader.SubjectId, "situation", "Een collega vroeg hoe de fietsvergoeding werkt"), (idea.EmployeeId, idea.Kind, idea.Text));
        var part = await app.Services.GetRequiredService<PageRenderer>().RenderPartAsync(typeof(CohortIdeas), new Dictionary<string, object?>
        {
            [nameof(CohortIdeas.Ideas)] = await app.Services.GetRequiredService<CohortIdeasReader>().ReadAsync(cohortId),
            [nameof(CohortIdeas.Language)] = "en",
        });
        Assert.Equal(["2 March 2026", reader.SubjectName, "A situation I handled", "Een collega vroeg hoe de fietsvergoeding werkt"], Pages.Parse(part).QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_EmptyIdea_Is400InTheirLanguageNamingTheFieldAndKeepsTheChoice()
    {
        var reader = RequestPageScenarios.For("da");
        await _scenarios.AmbassadorAsync(reader);
        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync(reader.SubjectId));
        using var _ = client;

        using var response = await PersonalScenarios.SubmitAsync(client, html, "idea-form", new Dictionary<string, string> { ["kind"] = "situation", ["text"] = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Din besked: skriv et par ord.", Pages.Text(page, "#idea-error"));
        Assert.NotNull(Pages.Parse(page).QuerySelector("input[name=kind][value=situation][checked]"));
        Assert.Equal("true", Pages.Parse(page).QuerySelector("#idea-text")!.GetAttribute("aria-invalid"));
    }
}
