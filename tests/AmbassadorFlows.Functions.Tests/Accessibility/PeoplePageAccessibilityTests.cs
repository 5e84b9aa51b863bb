using AmbassadorFlows.Functions.Tests.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Tests.Personal;
using Microsoft.DurableTask.Client;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Accessibility;

/// <summary>Every page behind an emailed link, checked by axe in headless Chromium over real HTTP:
/// each request page kind, what answering leads to (recorded, already decided, round ended, not a
/// valid link, a refused answer) and the personal pages with their confirmation steps — in English
/// and one other language, with no serious or critical issue.</summary>
public sealed class PeoplePageAccessibilityTests(AppHost app, AxeBrowser axe) : IClassFixture<AppHost>, IClassFixture<AxeBrowser>
{
    [Theory]
    [InlineData("en")]
    [InlineData("da")]
    public async Task EveryRequestPageKind_Axe_NoSeriousOrCriticalIssue(string language)
    {
        var scenarios = new RequestPageScenarios(app);
        var reader = RequestPageScenarios.For(language);
        var found = new List<string>();
        var page = await axe.NewPageAsync();
        foreach (var kind in RequestPageScenarios.Kinds)
        {
            var (_, link) = await scenarios.OpenAsync(kind, reader);
            await page.GotoAsync(link);
            await CheckAsync(page, kind, found);
        }

        await page.CloseAsync();
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task AnswerOutcomePages_Axe_NoSeriousOrCriticalIssue(string language)
    {
        var scenarios = new RequestPageScenarios(app);
        var reader = RequestPageScenarios.For(language);
        var found = new List<string>();
        var page = await axe.NewPageAsync();

        // A refused answer: the check-in page again, with the field's error.
        var (_, checkIn) = await scenarios.OpenAsync("monthly-check-in", reader);
        await page.GotoAsync(checkIn);
        await page.Locator("input[name='data.attendedMeeting'][value=true]").CheckAsync();
        await page.Locator("#hours").FillAsync("x");
        await page.Locator("button[value=submit]").ClickAsync();
        await page.Locator("#hours-error").WaitForAsync();
        await CheckAsync(page, "check-in refused", found);

        // Recorded, then the same link again: already decided.
        var (_, application) = await scenarios.OpenAsync("application", reader);
        await page.GotoAsync(application);
        await page.Locator("button[value=apply]").ClickAsync();
        await page.Locator("#outcome").WaitForAsync();
        await CheckAsync(page, "recorded", found);
        await page.GotoAsync(application);
        await CheckAsync(page, "already decided", found);

        // A link whose signature does not match: not a valid link.
        await page.GotoAsync(Tampered(application));
        await CheckAsync(page, "not a valid link", found);

        // The round ended before the answer.
        var (selection, selectionLink) = await scenarios.OpenAsync("cohort-selection", reader);
        await app.Client.TerminateInstanceAsync(selection.InstanceId, "stopped by Ops");
        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetInstanceAsync(selection.InstanceId))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? selectionLink : null,
            "the cohort to be terminated");
        await page.GotoAsync(selectionLink);
        await CheckAsync(page, "round ended", found);

        await page.CloseAsync();
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task PersonalPages_Axe_NoSeriousOrCriticalIssue(string language)
    {
        var requests = new RequestPageScenarios(app);
        var personal = new PersonalScenarios(app);
        var reader = RequestPageScenarios.For(language);
        await requests.OpenAsync("manager-approval", reader);
        await requests.OpenAsync("renewal", reader);
        await personal.AmbassadorAsync(reader);
        var found = new List<string>();
        var page = await axe.NewPageAsync();

        await page.GotoAsync((await personal.LinkAsync(reader.ManagerId)).AbsoluteUri);
        await CheckAsync(page, "my requests", found);
        await page.Locator("#requests-form fieldset.request").First.Locator("input[value=approve]").CheckAsync();
        await page.Locator("#requests-form fieldset.request").Nth(1).Locator("input[value=reject]").CheckAsync();
        await SubmitAsync(page, "#requests-form button[type=submit]");
        await CheckAsync(page, "my requests, confirm", found);
        await SubmitAsync(page, "#confirm-form button[type=submit]");
        await CheckAsync(page, "my requests, done", found);

        await page.GotoAsync((await personal.LinkAsync(reader.SubjectId)).AbsoluteUri);
        await CheckAsync(page, "my programme", found);
        await SubmitAsync(page, "#step-down-form button[type=submit]");
        await CheckAsync(page, "step down, confirm", found);

        await page.CloseAsync();
        Assert.Empty(found);
    }

    private static async Task CheckAsync(IPage page, string name, List<string> found)
        => found.AddRange((await AxeCore.SeriousViolationsAsync(page)).Select(v => $"{name}: {v}"));

    /// <summary>Clicks a form's button and waits for the page it leads to.</summary>
    private static async Task SubmitAsync(IPage page, string button)
    {
        // A form may post to the address it was shown at, so wait for a new document, not a new URL:
        // a mark on the old document's window is gone once the next one has loaded.
        await page.EvaluateAsync("() => { window.shownBefore = true; }");
        await page.Locator(button).First.ClickAsync();
        await page.WaitForFunctionAsync("() => !window.shownBefore && document.readyState === 'complete'");
    }

    private static string Tampered(string link)
    {
        var last = link[^1];
        return link[..^1] + (last == 'A' ? 'B' : 'A');
    }
}
