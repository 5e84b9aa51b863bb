using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Workflows.Tests.Figures;

public sealed class AtRiskTextTests
{
    private static readonly string[] Languages = ["en", "nl", "fr", "da"];

    [Fact]
    public void Describe_EveryKindInEveryLanguage_IsItsOwnSentence()
    {
        foreach (var kind in Enum.GetValues<AtRiskKind>())
        {
            var reason = new AtRiskReason(kind, 3, InARow: 2, Hours: 7.5, BudgetHours: 3);
            var texts = Languages.Select(l => AtRiskText.Describe(reason, l)).ToList();

            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.All(texts, t => Assert.DoesNotContain(kind.ToString(), t, StringComparison.Ordinal));
            Assert.Equal(Languages.Length, texts.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [InlineData("en", "7.5 h in month 3, far over the budget of 3 h")]
    [InlineData("nl", "7,5 u in maand 3, ver boven het budget van 3 u")]
    [InlineData("fr", "7,5 h au mois 3, bien au-delà du budget de 3 h")]
    [InlineData("da", "7,5 t i måned 3, langt over budgettet på 3 t")]
    public void Describe_HoursOverBudget_HoursInTheReadersCulture(string language, string expected)
        => Assert.Equal(expected, AtRiskText.Describe(new AtRiskReason(AtRiskKind.HoursOverBudget, 3, Hours: 7.5, BudgetHours: 3), language));

    [Fact]
    public void Describe_UnknownLanguage_ReadsEnglish()
        => Assert.Equal("training overdue", AtRiskText.Describe(new AtRiskReason(AtRiskKind.TrainingOverdue, 1), "de"));
}
