using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask;
using NSubstitute;

namespace AmbassadorFlows.Workflows.Tests.Programmes;

/// <summary>Numbers live once: prose refers to a setting through a placeholder, filled in per language
/// with that language's number format, so the text and the setting cannot disagree.</summary>
public sealed class ProgrammePlaceholderTests
{
    private static readonly ProgrammeDefinition Shipped = ProgrammeCatalog.LoadEmbedded().Get("mobility-ambassadors", 2);

    [Fact]
    public void Resolve_BudgetChanged_TextFollowsTheSettingInEachLanguage()
    {
        var expectation = new LocalizedText
        {
            ["en"] = "About {timeBudget} hours a month for {termMonths} months, meetings on {meetingDay} at {meetingTime}.",
            ["fr"] = "Environ {timeBudget} heures par mois pendant {termMonths} mois, réunions le {meetingDay} à {meetingTime}.",
            ["da"] = "Omkring {timeBudget} timer om måneden i {termMonths} måneder.",
        };
        var programme = Shipped with { TimeBudgetHoursPerMonth = 3.5, TermMonths = 9 };

        var resolved = ProgrammePlaceholders.Resolve(expectation, programme);

        Assert.Equal("About 3.5 hours a month for 9 months, meetings on Thursday at 12:30.", resolved["en"]);
        Assert.Equal("Environ 3,5 heures par mois pendant 9 mois, réunions le jeudi à 12:30.", resolved["fr"]);
        Assert.Equal("Omkring 3,5 timer om måneden i 9 måneder.", resolved["da"]);
        Assert.Equal("About 4 hours a month for 9 months, meetings on Thursday at 12:30.", expectation.In("en", programme with { TimeBudgetHoursPerMonth = 4, TermMonths = 9 }));
    }

    [Fact]
    public void Validate_UnknownPlaceholder_IsAnErrorNamingTheFieldAndLanguage()
    {
        var programme = Shipped with
        {
            Posting = Shipped.Posting with
            {
                Expectations = [new LocalizedText(Shipped.Posting.Expectations[0]) { ["fr"] = "Environ {hours} heures par mois." }, Shipped.Posting.Expectations[1]],
            },
        };

        var errors = ProgrammeValidator.Validate(programme);

        var error = Assert.Single(errors);
        Assert.StartsWith("posting.expectations[0].fr refers to {hours}", error, StringComparison.Ordinal);
        Assert.Contains("{timeBudget}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BracesThatAreNoPlaceholder_StayAsWritten()
    {
        Assert.Equal("a { b } and {1}", ProgrammePlaceholders.Resolve("a { b } and {1}", Shipped, "en"));
        Assert.Empty(ProgrammePlaceholders.Unknown("a { b } and {1}"));
    }

    [Fact]
    public async Task LoadProgramme_TextWithPlaceholders_RecordsTheWordsPeopleRead()
    {
        var programme = Shipped with
        {
            Version = 3,
            TimeBudgetHoursPerMonth = 4,
            TaskPlan = [new LocalizedText { ["en"] = "Spend about {timeBudget} hours a month.", ["nl"] = "Ongeveer {timeBudget} uur per maand.", ["fr"] = "Environ {timeBudget} heures par mois.", ["da"] = "Omkring {timeBudget} timer om måneden." }],
        };
        var catalog = ProgrammeCatalog.LoadEmbedded().Add(programme);

        var loaded = await new LoadProgramme(catalog).RunAsync(Substitute.For<TaskActivityContext>(), new ProgrammeRef("mobility-ambassadors", 3));

        Assert.Equal("Spend about 4 hours a month.", loaded.TaskPlan[0]["en"]);
        Assert.Equal("Omkring 4 timer om måneden.", loaded.TaskPlan[0]["da"]);
        Assert.Equal(4, loaded.TimeBudgetHoursPerMonth);
        Assert.Equal(Shipped.Name["fr"], loaded.Name["fr"]); // texts without placeholders unchanged
    }
}
