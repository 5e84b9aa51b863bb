using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR moves a month's meeting in headless Chromium, in English and Danish at 1280 and 390 px:
/// the cohort page's meetings, the page to move or cancel one (a date too far named on the form, in
/// Danish), and, once moved, the updated invite in the outbox under the invite's UID with a higher
/// SEQUENCE. Nothing scrolls sideways. With <c>AF_SCREENSHOTS</c> set, each is saved.</summary>
public sealed class MeetingChangeBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    private const string Ambassador = "E011";

    [Fact]
    public async Task MoveMeeting_EnglishAndDanishOnALaptopAndAPhone_TheInvitedGetTheUpdatedInvite()
    {
        var cohortId = await InvitedCohortAsync();
        var planned = CohortReadModel.ReadStatus((await app.Client.GetInstanceAsync(cohortId))!)!.Cohort!.Meetings[0].PlannedUtc;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var movedDay = TimeZoneInfo.ConvertTimeFromUtc(planned, zone).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var looks = new PageLooks();

        foreach (var language in new[] { "en", "da" })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                // The browser's own locale too: the date and time fields are drawn by it.
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = language == "da" ? "da-DK" : "en-GB" });
                await page.GotoAsync($"cohorts/{Uri.EscapeDataString(cohortId)}?lang={language}");
                await looks.LookAsync(page, $"cohort-meetings-{language}", width);
                await page.Locator("#meetings li[data-month='1'] a").ClickAsync();
                await page.Locator("#move-meeting").WaitForAsync();
                await looks.LookAsync(page, $"meeting-change-{language}", width);
                if (language == "da")
                {
                    await page.FillAsync("#date", TimeZoneInfo.ConvertTimeFromUtc(planned, zone).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    await page.Locator("#move-submit").ClickAsync();
                    await page.Locator("#date-error").WaitForAsync();
                    Assert.Equal(CohortChangeText.Danish.TooFar, (await page.Locator("#date-error").InnerTextAsync()).Trim());
                    await looks.LookAsync(page, "meeting-change-error-da", width);
                }

                await page.CloseAsync();
            }
        }

        // HR moves it a week on, at 14:00; the cohort page says so and the invited get the update.
        var hr = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await hr.GotoAsync($"{CohortChangeEndpoints.MeetingPath(cohortId, 1).TrimStart('/')}?lang=en");
        await hr.FillAsync("#date", movedDay);
        await hr.FillAsync("#time", "14:00");
        await hr.Locator("#move-submit").ClickAsync();
        await hr.WaitForURLAsync(url => url.Contains($"/cohorts/{cohortId}", StringComparison.Ordinal) && !url.Contains("/meetings/", StringComparison.Ordinal));
        var update = await app.WaitForEmailAsync(Ambassador, "meeting-moved");
        var invite = await app.WaitForEmailAsync(Ambassador, "meeting-invite");
        var (before, after) = (Ics(invite.Message), Ics(update.Message));
        Assert.Equal(Line(before, "UID"), Line(after, "UID"));
        Assert.Equal(("0", "1"), (Line(before, "SEQUENCE"), Line(after, "SEQUENCE")));
        // The status is written by the orchestrator's turn, asynchronously to the email: reload until it shows.
        await AppHost.EventuallyAsync(
            async () =>
            {
                await hr.ReloadAsync();
                return await hr.Locator("#meetings li[data-month='1']").GetAttributeAsync("data-state") == "moved" ? "moved" : null;
            },
            "the cohort page showing the meeting moved");
        foreach (var width in new[] { 1280, 390 })
        {
            await hr.SetViewportSizeAsync(width, 900);
            await hr.GotoAsync($"cohorts/{Uri.EscapeDataString(cohortId)}?lang=en");
            await looks.LookAsync(hr, "cohort-meeting-moved-en", width);
            await hr.GotoAsync($"outbox/{update.Id}?lang=da");
            await looks.LookAsync(hr, "meeting-moved-email-da", width);
        }

        Assert.Empty(looks.TooWide);
    }

    /// <summary>A cohort whose one ambassador has accepted and is in training, with month 1's invite out.</summary>
    private async Task<string> InvitedCohortAsync()
    {
        var cohortId = await app.StartJourneysAsync(Ambassador);
        var manager = (await app.Services.GetRequiredService<IDirectory>().GetEmployeeAsync(Ambassador))!.ManagerId!;
        using (var approved = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync(manager, "manager-approval-request")), "approve"))
        {
            Assert.True(approved.IsSuccessStatusCode);
        }

        using (var accepted = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync(Ambassador, "agreement-request")), "accept"))
        {
            Assert.True(accepted.IsSuccessStatusCode);
        }

        // The invites go to those the read model has in training or active: wait until the journey
        // has recorded its step, or the invite time could pass before it.
        var progress = app.Services.GetRequiredService<ICohortProgress>();
        await AppHost.EventuallyAsync(async () => (await progress.GetCohortAsync(cohortId)).Any(p => p.EmployeeId == Ambassador && p.Step == AmbassadorStep.Training) ? "in training" : null, "the ambassador in training");
        var calendar = await AppHost.EventuallyAsync(async () => (await app.Client.GetInstanceAsync(cohortId)) is { } i ? CohortReadModel.ReadStatus(i)?.Cohort : null, "the calendar");
        var planned = calendar.Meetings[0].PlannedUtc;
        app.Clock.Advance(planned.AddDays(-6) - app.Clock.GetUtcNow().UtcDateTime);
        await app.WaitForEmailAsync(Ambassador, "meeting-invite");
        return cohortId;
    }

    private static string Ics(EmailMessage message) => Encoding.UTF8.GetString(Assert.Single(message.Attachments).Content);

    private static string Line(string ics, string name)
        => ics.Split("\r\n").Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
}
