using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>Every page text in every language. <see cref="RequestPageText"/>'s members are required, so
/// a missing one does not build; the frame's texts start as copies of English, so here each must differ
/// from it, and every keyed text must have the same keys as English.</summary>
public sealed class PageTextCompletenessTests
{
    public static TheoryData<string> Translations => ["nl", "fr", "da"];

    [Theory]
    [MemberData(nameof(Translations))]
    public void ApprovalPageText_EveryText_IsTranslated(string language)
    {
        var text = ApprovalPageText.Find(language)!;
        var english = ApprovalPageText.English;
        var untranslated = new List<string>();
        foreach (var property in typeof(ApprovalPageText).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public).Where(p => p.Name is not (nameof(ApprovalPageText.Language) or nameof(ApprovalPageText.Request))))
        {
            var mine = Sample(property.GetValue(text));
            if (mine == Sample(property.GetValue(english)))
            {
                untranslated.Add(property.Name);
            }
        }

        Assert.Empty(untranslated);
        Assert.Equal(english.Options.Keys.Order(), text.Options.Keys.Order());
        Assert.Equal(english.Kinds.Keys.Order(), text.Kinds.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void RequestPageText_KeyedTexts_HaveEveryKeyOfEnglish(string language)
    {
        var text = RequestPageText.For(language);
        var english = RequestPageText.For("en");

        Assert.Equal(language, text.Language);
        Assert.Equal(english.Next.Keys.Order(), text.Next.Keys.Order());
        Assert.Equal(english.Flags.Keys.Order(), text.Flags.Keys.Order());
        Assert.Equal(english.SeniorityBands.Keys.Order(), text.SeniorityBands.Keys.Order());
        Assert.Equal(5, text.WeekOrdinals.Count);
        Assert.Equal(english.StepDownHappens.Count, text.StepDownHappens.Count);
        Assert.NotEqual(english.ManagerCommits("A", "3", "x", "y"), text.ManagerCommits("A", "3", "x", "y"));
    }

    /// <summary>A comparable sample of a text: plain texts as they are, functions applied to fixed arguments.</summary>
    private static string Sample(object? value) => value switch
    {
        string s => s,
        ValueTuple<string, string> pair => pair.Item1 + "|" + pair.Item2,
        ValueTuple<string, Func<string?, string>> closed => closed.Item1 + "|" + closed.Item2("x"),
        ValueTuple<string, Func<string, string, string>> unknown => unknown.Item1 + "|" + unknown.Item2("x", "y"),
        Func<string, string> one => one("x"),
        Func<string, string, string> two => two("x", "y"),
        Func<string, string, string, string> three => three("x", "y", "z"),
        IReadOnlyDictionary<string, string> map => string.Join("|", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)),
        _ => throw new InvalidOperationException($"No sample for {value?.GetType()}."),
    };
}
