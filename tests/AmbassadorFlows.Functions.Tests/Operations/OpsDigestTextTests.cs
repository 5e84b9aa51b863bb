using AmbassadorFlows.Functions.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbassadorFlows.Functions.Tests.Operations;

/// <summary>The digest's wording: one language per email, dates as that language writes them, in the
/// ops time zone; and when a day's digest is due.</summary>
public sealed class OpsDigestTextTests
{
    private static readonly OpsDigestReport Report = new(
        new DateOnly(2027, 2, 24),
        [new FailedOrchestration("journey-1", "AmbassadorJourney", new DateTimeOffset(2027, 2, 24, 13, 5, 0, TimeSpan.Zero), "InvalidOperationException: boom")],
        3,
        [new OverdueRequest("a1", "journey-2", "manager-approval", new DateTimeOffset(2027, 2, 20, 8, 0, 0, TimeSpan.Zero))],
        1,
        [],
        0);

    [Theory]
    [InlineData("en", "24 February 2027", "24 February 2027, 14:05", "…and 2 more.")]
    [InlineData("nl", "24 februari 2027", "24 februari 2027 om 14:05", "…en nog 2.")]
    [InlineData("fr", "24 février 2027", "24 février 2027 à 14:05", "… et 2 de plus.")]
    [InlineData("da", "24. februar 2027", "24. februar 2027 kl. 14:05", "… og 2 mere.")]
    public void View_EachLanguage_DatesAndTimesAsItWritesThemInTheOpsZone(string language, string day, string failedAt, string more)
    {
        var view = OpsDigestComposer.View(Report, new OpsOptions { Email = "ops@example.com", Language = language, TimeZone = "Europe/Copenhagen" });

        Assert.Equal(language, view.Language);
        Assert.Contains(day, view.Intro, StringComparison.Ordinal);
        Assert.Contains(failedAt, view.Sections[0].Lines[0], StringComparison.Ordinal);
        Assert.Equal(more, view.Sections[0].More);
        Assert.Null(view.AllClear);
        Assert.Equal(view.Sections[2].None, view.ToPlainText().Split('\n').Single(l => l == view.Sections[2].None));
    }

    [Fact]
    public void Text_EveryLanguage_TranslatedNotEnglish()
    {
        var english = OpsDigestText.For("en");
        foreach (var language in OpsDigestText.Languages.Where(l => l != "en"))
        {
            var text = OpsDigestText.For(language);
            string[] theirs = [text.Title, text.FailedHeading, text.FailedNone, text.OverdueHeading, text.OverdueNone, text.MailHeading, text.MailNone, text.AllClear, text.NextSteps, text.Footer, text.SubjectAllClear("d"), text.SubjectAttention("d", 2), text.More(2)];
            string[] ours = [english.Title, english.FailedHeading, english.FailedNone, english.OverdueHeading, english.OverdueNone, english.MailHeading, english.MailNone, english.AllClear, english.NextSteps, english.Footer, english.SubjectAllClear("d"), english.SubjectAttention("d", 2), english.More(2)];

            Assert.Equal(language, text.Language);
            Assert.All(theirs.Zip(ours), pair => Assert.NotEqual(pair.Second, pair.First));
        }

        Assert.Same(english, OpsDigestText.For("de"));
    }

    [Fact]
    public async Task Compose_AllClearDay_ShortAllClearEmail()
    {
        var quiet = new OpsDigestReport(new DateOnly(2027, 2, 24), [], 0, [], 0, [], 0);
        await using var services = new ServiceCollection().BuildServiceProvider();
        var renderer = new Components.PageRenderer(services, NullLoggerFactory.Instance);

        var message = await new OpsDigestComposer(renderer).ComposeAsync(quiet, new OpsOptions { Email = " ops@example.com ", Language = "fr" });

        Assert.Equal("Synthèse d’exploitation AmbassadorFlows du 24 février 2027 : rien à signaler", message.Subject);
        Assert.Equal("ops@example.com", message.To.Address);
        Assert.Equal("ops-digest-2027-02-24", message.IdempotencyKey);
        Assert.Contains("Aucun échec, aucun retard : rien à faire.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Aucun échec, aucun retard : rien à faire.</strong>", System.Net.WebUtility.HtmlDecode(message.HtmlBody), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-25T05:59:00Z", null)] // 06:59 in Copenhagen: before the digest hour
    [InlineData("2027-02-25T06:00:00Z", "2027-02-24")] // 07:00
    [InlineData("2027-02-25T22:30:00Z", "2027-02-24")] // 23:30 the same evening: still the 24th's
    [InlineData("2027-02-25T23:30:00Z", null)] // 00:30 on the 26th locally, though still the 25th in UTC
    public void DueDay_OpsZoneAndHour_YesterdayFromTheDigestHour(string now, string? expected)
    {
        var due = OpsDigest.DueDay(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new OpsOptions { TimeZone = "Europe/Copenhagen", DigestHour = 7 });

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Window_DayOfTheSpringClockChange_LocalMidnightToMidnight23Hours()
    {
        var (from, to) = OpsDigest.Window(new DateOnly(2027, 3, 28), new OpsOptions { TimeZone = "Europe/Copenhagen" });

        Assert.Equal(new DateTimeOffset(2027, 3, 27, 23, 0, 0, TimeSpan.Zero), from.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 22, 0, 0, TimeSpan.Zero), to.ToUniversalTime());
    }
}
