using System.Reflection;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components.Reassignment;

namespace AmbassadorFlows.Functions.Tests.Reassignment;

/// <summary>Every hand-over text in every language: translated (not left in English) and with the same
/// placeholders as the English one, so no sentence loses the name it is about.</summary>
public sealed partial class ReassignmentTextTests
{
    public static TheoryData<string> Languages => ["nl", "fr", "da"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryText_EachLanguage_TranslatedWithTheSamePlaceholders(string language)
    {
        var text = ReassignmentText.For(language);
        Assert.Equal(language, text.Language);
        foreach (var property in typeof(ReassignmentText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.Name != nameof(ReassignmentText.Language)))
        {
            var english = (string)property.GetValue(ReassignmentText.English)!;
            var translated = (string)property.GetValue(text)!;
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{language}.{property.Name} is empty");
            Assert.True(english != translated, $"{language}.{property.Name} is still English");
            Assert.Equal(Placeholders(english), Placeholders(translated));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void HandedOverPageText_EachLanguage_NamesTheNewAssignee(string language)
    {
        var text = ApprovalPageText.Find(language)!;

        Assert.NotEqual(ApprovalPageText.English.HandedOver.Title, text.HandedOver.Title);
        Assert.Contains("Mette Kristensen", text.HandedOver.Text("Mette Kristensen"), StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
