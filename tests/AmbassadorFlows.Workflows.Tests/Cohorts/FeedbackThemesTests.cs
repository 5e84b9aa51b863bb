using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Cohorts;

public sealed class FeedbackThemesTests
{
    [Fact]
    public void Of_ThreeLanguages_GroupsByPromptWithoutStopwordsCountingEachAnswerOnce()
    {
        CheckInRecord[] checkIns =
        [
            CheckIn("The bike week went well", "Rain and the showers", "Showers at the office"),
            CheckIn("Bike week: 40 colleagues joined!", "De regen", "Douches op kantoor"),
            CheckIn("La semaine vélo", "La pluie", "Des douches au bureau"),
            CheckIn(null, "Rain, rain, rain", "More showers"),
        ];

        var themes = FeedbackThemes.Of(checkIns, ["en", "nl", "fr"]);

        Assert.Equal([new ThemeTerm("bike", 2), new ThemeTerm("week", 2)], themes.Successes);
        Assert.Equal([new ThemeTerm("rain", 2)], themes.Challenges);
        Assert.Equal([new ThemeTerm("douches", 2), new ThemeTerm("showers", 2)], themes.Asks);
        Assert.Equal("douches (2), showers (2)", FeedbackThemes.Describe(themes.Asks));
    }

    [Fact]
    public void Of_StopwordsComeFromTheLanguagesGiven()
    {
        CheckInRecord[] checkIns = [CheckIn("Het overleg liep goed", null, null), CheckIn("Het overleg", null, null)];

        Assert.Equal(["overleg"], FeedbackThemes.Of(checkIns, ["nl"]).Successes.Select(t => t.Term));
        Assert.Equal(["het", "overleg"], FeedbackThemes.Of(checkIns, ["en"]).Successes.Select(t => t.Term));
        Assert.Equal(["overleg"], FeedbackThemes.Of(checkIns, ["xx"]).Successes.Select(t => t.Term)); // unknown: every list
    }

    [Fact]
    public void Of_TopAndSingleMentions_KeepsTheMostFrequentOnly()
    {
        CheckInRecord[] checkIns = [.. Enumerable.Range(0, 3).Select(i => CheckIn(null, null, $"alpha beta gamma delta epsilon zeta extra{i}"))];

        var asks = FeedbackThemes.Of(checkIns, ["en"], top: 3).Asks;

        Assert.Equal(["alpha", "beta", "delta"], asks.Select(t => t.Term));
        Assert.All(asks, t => Assert.Equal(3, t.Mentions));
        Assert.Equal("-", FeedbackThemes.Describe(FeedbackThemes.Empty.Asks));
    }

    [Fact]
    public void Stopwords_ExistForEveryTemplateLanguage()
        => Assert.Equal(MessageTemplates.Languages.Order(), Stopwords.Languages.Order());

    private static CheckInRecord CheckIn(string? successes, string? challenges, string? asks)
        => new(1, true, 3, successes, challenges, asks, DateTimeOffset.UnixEpoch);
}
