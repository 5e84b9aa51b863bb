using System.Reflection;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Components.Programmes;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Tests.Programmes;

/// <summary>The programme editor's texts: every language, each text translated (words written alike
/// excepted) with English's placeholders, and the five weeks of a month named.</summary>
public sealed partial class ProgrammeTextTests
{
    /// <summary>Texts a language may write as English does.</summary>
    private static readonly HashSet<(string Language, string Key)> SameAsEnglish =
    [
        ("nl", nameof(ProgrammeText.Module)), ("fr", nameof(ProgrammeText.Module)), ("da", nameof(ProgrammeText.Module)),
        ("nl", nameof(ProgrammeText.ModuleLink)), ("fr", nameof(ProgrammeText.ModuleLink)), ("da", nameof(ProgrammeText.ModuleLink)),
    ];

    public static TheoryData<string> Translations() => ["nl", "fr", "da"];

    [Fact]
    public void All_TheFourLanguages_InTheOrderOfTheSwitcher()
        => Assert.Equal(PageLanguage.Supported.Select(l => l.Code), ProgrammeText.All.Select(t => t.Language));

    [Theory]
    [MemberData(nameof(Translations))]
    public void Keys_EveryTextOfALanguage_IsTranslatedWithTheEnglishPlaceholders(string language)
    {
        var english = ProgrammeText.English;
        var translation = ProgrammeText.For(language);
        var problems = new List<string>();
        foreach (var key in typeof(ProgrammeText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.Name != "Language"))
        {
            var en = (string)key.GetValue(english)!;
            var value = (string)key.GetValue(translation)!;
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{key.Name}: empty");
            }
            else if (value == en && !SameAsEnglish.Contains((language, key.Name)))
            {
                problems.Add($"{key.Name}: English \"{en}\"");
            }

            if (!Placeholders(value).SequenceEqual(Placeholders(en)))
            {
                problems.Add($"{key.Name}: placeholders differ");
            }
        }

        Assert.Empty(problems);
        Assert.Equal(5, translation.Weeks.Distinct().Count());
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
