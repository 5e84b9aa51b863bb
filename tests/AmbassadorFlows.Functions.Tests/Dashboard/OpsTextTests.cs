using System.Reflection;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components.Ops;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The texts of Ops' pages and of the access refusal pages: every language, each text
/// translated (a short list of words written alike excepted) and taking English's placeholders.</summary>
public sealed partial class OpsTextTests
{
    /// <summary>Texts a language may write as English does.</summary>
    private static readonly HashSet<(string Language, string Key)> SameAsEnglish =
    [
        ("fr", nameof(OpsText.Navigation)),
    ];

    public static TheoryData<string> Translations() => ["nl", "fr", "da"];

    [Fact]
    public void All_TheFourLanguages_InTheOrderOfTheSwitcher()
    {
        Assert.Equal(PageLanguage.Supported.Select(l => l.Code), OpsText.All.Select(t => t.Language));
        Assert.Equal(PageLanguage.Supported.Select(l => l.Code), AccessText.All.Select(t => t.Language));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Keys_EveryTextOfALanguage_IsTranslatedWithTheEnglishPlaceholders(string language)
    {
        var problems = Problems(OpsText.English, OpsText.For(language), language).Concat(Problems(AccessText.English, AccessText.For(language), language)).ToList();

        Assert.Empty(problems);
    }

    private static IEnumerable<string> Problems<T>(T english, T translation, string language)
    {
        foreach (var key in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.Name != "Language"))
        {
            var en = (string)key.GetValue(english)!;
            var value = (string)key.GetValue(translation)!;
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"{typeof(T).Name}.{key.Name}: empty";
            }
            else if (value == en && !SameAsEnglish.Contains((language, key.Name)) && en.Any(char.IsLetter) && en.Trim().Length > 2)
            {
                yield return $"{typeof(T).Name}.{key.Name}: English \"{en}\"";
            }

            if (!Placeholders(value).SequenceEqual(Placeholders(en)))
            {
                yield return $"{typeof(T).Name}.{key.Name}: placeholders differ";
            }
        }
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
