using System.Net;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace AmbassadorFlows.Functions.Tests.Observability;

/// <summary>
/// A link's token is a credential: after opening and answering an approval link, a reminder's fresh link
/// and an already-decided link, at the shipped log level (Information), no token is in any log line
/// (message, values, scopes) or in any exported span, while the request lines and spans are there, redacted.
/// </summary>
public sealed class TokenRedactionTests : IAsyncLifetime
{
    private readonly CapturedLog _log = new();
    private readonly CapturedSpans _spans = new();
    private readonly AppHost _app;

    public TokenRedactionTests()
    {
        _app = new AppHost(
            ["--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Information"],
            builder =>
            {
                builder.Logging.AddProvider(_log);
                builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new SimpleActivityExportProcessor(_spans)));
            });
    }

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ApprovalReminderAndDecidedLinks_OpenedAndAnswered_NoTokenInLogsOrSpans()
    {
        await _app.CreateCohortAsync(["E007"]);
        var invitation = AppHost.LinkIn(await _app.WaitForEmailAsync("E007", "posting-invitation"));
        using (var applied = await _app.AnswerAsync(invitation, "apply"))
        {
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        }

        _app.Clock.Advance(TimeSpan.FromDays(15));
        var selection = AppHost.LinkIn(await _app.WaitForEmailAsync("E002", "selection-request"));
        using (var browser = _app.NewClient())
        {
            await browser.GetStringAsync(new Uri(selection));
        }

        // The selection's reminder carries a fresh token; answering it decides the selection.
        _app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var reminder = AppHost.LinkIn(await _app.WaitForEmailAsync("E002", "reminder"));
        Assert.NotEqual(selection, reminder);
        using (var approved = await _app.SubmitPageFormAsync(reminder, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        // The first link again, now decided: opened and posted as a stale tab would.
        using (var again = await _app.AnswerAsync(selection, "approve"))
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, again.StatusCode);
        }

        await FlushAsync();
        var tokens = new[] { invitation, selection, reminder }.Select(Token).ToList();
        var logs = _log.Lines.ToList();
        var spans = _spans.Spans.ToList();

        // What was recorded is there, with the token replaced: the test sees the lines it searches.
        Assert.Contains(logs, l => l.Contains($"/{ApprovalLinks.RoutePrefix}{LinkRedaction.Placeholder}", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Contains($"/{ApprovalLinks.RoutePrefix}{LinkRedaction.Placeholder}", StringComparison.Ordinal));
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(logs, l => l.Contains(token, StringComparison.Ordinal));
            Assert.DoesNotContain(spans, s => s.Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task PersonalLink_OpenedAndPosted_NoTokenInLogsOrSpans()
    {
        var link = (await _app.Services.GetRequiredService<PersonalLinks>().CreateAsync("E007"))!;
        var token = link.AbsolutePath[(link.AbsolutePath.IndexOf(PersonalLinks.RoutePrefix, StringComparison.Ordinal) + PersonalLinks.RoutePrefix.Length)..];
        Assert.True(token.Length >= 20, $"'{token}' does not look like a link token");
        using (var browser = _app.NewClient())
        {
            await browser.GetStringAsync(link);
            using var refused = await browser.PostAsync(new Uri(link + "/ideas"), new FormUrlEncodedContent([]));
            Assert.NotEqual(HttpStatusCode.InternalServerError, refused.StatusCode);
        }

        await FlushAsync();
        var logs = _log.Lines.ToList();
        var spans = _spans.Spans.ToList();

        Assert.Contains(logs, l => l.Contains($"/{PersonalLinks.RoutePrefix}{LinkRedaction.Placeholder}", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Contains($"/{PersonalLinks.RoutePrefix}{LinkRedaction.Placeholder}", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(spans, s => s.Contains(token, StringComparison.Ordinal));
    }

    private static string Token(string link)
    {
        var path = new Uri(link).AbsolutePath;
        var token = Uri.UnescapeDataString(path[(path.IndexOf(ApprovalLinks.RoutePrefix, StringComparison.Ordinal) + ApprovalLinks.RoutePrefix.Length)..]);
        Assert.True(token.Length >= 20, $"'{token}' does not look like a link token");
        return token;
    }

    /// <summary>Spans are exported as they end; the last request's span ends just after its response.</summary>
    private async Task FlushAsync()
    {
        using (var client = _app.NewClient())
        using (await client.GetAsync("api/cohorts"))
        {
        }

        _app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        await Task.Yield();
    }
}
