using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Tests.Figures;

public sealed class AtRiskSettingsTests
{
    [Theory]
    [InlineData("mobility-ambassadors", 1)]
    [InlineData("mobility-ambassadors", 2)]
    [InlineData("work-community-ambassadors", 1)]
    [InlineData("work-community-ambassadors", 2)]
    public void LoadEmbedded_ReleasedVersionWithoutSection_GetsTheDefaults(string id, int version)
        => Assert.Equal(AtRiskSettings.Default, ProgrammeCatalog.LoadEmbedded().Get(id, version).AtRisk);

    [Fact]
    public void Parse_AtRiskSection_ReadsEveryThresholdAndKeepsDefaultsForTheRest()
    {
        var json = WithSection("""{ "missedMeetingsInARow": 3, "hoursOverBudgetFactor": 1.5 }""");

        var risk = ProgrammeCatalog.Parse(json, "test.json").AtRisk;

        Assert.Equal(AtRiskSettings.Default with { MissedMeetingsInARow = 3, HoursOverBudgetFactor = 1.5 }, risk);
    }

    [Fact]
    public void Validate_ThresholdsOutOfRange_NamesEachField()
    {
        var good = ProgrammeCatalog.LoadEmbedded().Get("mobility-ambassadors");
        var broken = good with { AtRisk = new AtRiskSettings { MissedMeetingsInARow = 0, MonthsWithoutCheckIn = 13, NoTimeInARow = -1, HoursOverBudgetFactor = 0.5, HoursUnderBudgetFactor = 1 } };

        var errors = ProgrammeValidator.Validate(broken);

        foreach (var field in new[] { "missedMeetingsInARow", "monthsWithoutCheckIn", "noTimeInARow", "hoursOverBudgetFactor", "hoursUnderBudgetFactor" })
        {
            Assert.Contains(errors, e => e.StartsWith($"atRisk.{field}", StringComparison.Ordinal));
        }

        Assert.Empty(ProgrammeValidator.Validate(good with { AtRisk = new AtRiskSettings { HoursUnderBudgetFactor = 0 } }));
    }

    /// <summary>The latest shipped mobility programme's JSON with an <c>atRisk</c> section added.</summary>
    private static string WithSection(string section)
    {
        var assembly = typeof(ProgrammeCatalog).Assembly;
        var name = assembly.GetManifestResourceNames().Where(n => n.Contains("mobility", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var json = reader.ReadToEnd().TrimEnd();
        return json[..json.LastIndexOf('}')] + $", \"atRisk\": {section} }}";
    }
}
