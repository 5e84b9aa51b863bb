using AmbassadorFlows.Functions.Components.Personal;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>The personal pages' texts exist in en, nl, fr and da, and each translation is one (not English left in).</summary>
public sealed class PersonalTextTests
{
    public static TheoryData<string> Translations => new("nl", "fr", "da");

    [Theory]
    [MemberData(nameof(Translations))]
    public void Texts_EveryLanguage_TranslatesEveryText(string language)
    {
        var english = PersonalTexts.English;
        var translated = PersonalTexts.For(language);
        Assert.Equal(language, translated.Language);
        var same = typeof(PersonalText).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(PersonalText.Language))
            .Where(p => Equals(p.GetValue(english), p.GetValue(translated)))
            .Select(p => p.Name)
            .ToList();
        Assert.Empty(same);
        Assert.Equal(english.Steps.Count, translated.Steps.Count);
        Assert.NotEqual(english.Lead("Ida"), translated.Lead("Ida"));
        Assert.NotEqual(english.RequestsLead(3), translated.RequestsLead(3));
        Assert.NotEqual(english.HoursAgainstBudget("6", "9", 3), translated.HoursAgainstBudget("6", "9", 3));
    }
}
