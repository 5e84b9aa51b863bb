using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Workflows.Tests.Messaging;

/// <summary>A moment in an email: the date and time as each language writes them, in the programme's
/// zone named by its city in that language (never the zone's id).</summary>
public sealed class MessageValueTests
{
    private static readonly MessageValue Meeting = new() { Date = new DateTime(2026, 4, 2, 10, 30, 0, DateTimeKind.Utc), TimeZone = "Europe/Brussels" };

    // The date is the culture's long date (its exact punctuation comes from ICU); what follows is ours.
    [Theory]
    [InlineData("en", "Thursday", " at 12:30 (Brussels time)")]
    [InlineData("nl", "donderdag 2 april 2026", " om 12:30 (tijd in Brussel)")]
    [InlineData("fr", "jeudi 2 avril 2026", " à 12:30 (heure de Bruxelles)")]
    [InlineData("da", "torsdag den 2. april 2026", " kl. 12.30 (Bruxelles-tid)")]
    public void Resolve_MomentInAZone_ReadsAsItsLanguageWritesIt(string language, string date, string time)
    {
        var text = Meeting.Resolve(language);

        Assert.Equal(new DateTime(2026, 4, 2).ToString("D", MessageRenderer.CultureFor(language)) + time, text);
        Assert.StartsWith(date, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DateWithoutZone_IsTheDateOnly()
        => Assert.Equal("2. april 2026", (Meeting with { TimeZone = null }).Resolve("da")[^13..]);
}
