using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Http;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The dashboard's texts themselves: complete in every language, translated, fillable and
/// safe to insert; and the choice of language from a request.</summary>
public sealed class DashboardTextTests
{
    public static TheoryData<string> Translations() => ["nl", "fr", "da"];

    [Fact]
    public void All_TheFourLanguages_InTheOrderOfTheSwitcher()
        => Assert.Equal(PageLanguage.Supported.Select(l => l.Code), DashboardText.All.Select(t => t.Language));

    [Theory]
    [MemberData(nameof(Translations))]
    public void Keys_EveryTextOfALanguage_IsTranslated(string language)
    {
        var text = DashboardText.For(language);

        var untranslated = UntranslatedText.Keys
            .Where(k => string.IsNullOrWhiteSpace(UntranslatedText.Value(text, k))
                || (UntranslatedText.Value(text, k) == UntranslatedText.Value(DashboardText.English, k) && !UntranslatedText.MayStayEnglish(UntranslatedText.Value(DashboardText.English, k), language)))
            .Select(k => $"{k.Name}: \"{UntranslatedText.Value(text, k)}\"")
            .ToList();

        Assert.Equal(language, text.Language);
        Assert.True(UntranslatedText.Keys.Count > 100, $"only {UntranslatedText.Keys.Count} keys found");
        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Keys_EveryTextOfALanguage_TakesTheEnglishPlaceholders(string language)
    {
        var text = DashboardText.For(language);

        var mismatched = UntranslatedText.Keys
            .Where(k => !UntranslatedText.Placeholders(UntranslatedText.Value(text, k)).SequenceEqual(UntranslatedText.Placeholders(UntranslatedText.Value(DashboardText.English, k))))
            .Select(k => k.Name)
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Keys_EveryTextOfEveryLanguage_IsAnHtmlSafeLiteral()
    {
        // Pages insert the texts unencoded, also inside attributes (aria-label, title).
        var unsafeTexts = DashboardText.All
            .SelectMany(t => UntranslatedText.Keys.Select(k => (t.Language, k.Name, Value: UntranslatedText.Value(t, k))))
            .Where(x => x.Value.IndexOfAny(['<', '>', '&', '"']) >= 0)
            .Select(x => $"{x.Language}.{x.Name}")
            .ToList();

        Assert.Empty(unsafeTexts);
    }

    [Fact]
    public void MayStayEnglish_AWordOfTheList_OnlyInItsLanguages()
    {
        Assert.True(UntranslatedText.MayStayEnglish("Status", "nl"));
        Assert.False(UntranslatedText.MayStayEnglish("Status", "fr"));
        Assert.False(UntranslatedText.MayStayEnglish("Overview", "nl"));
        Assert.True(UntranslatedText.MayStayEnglish("{0} d {1} h", "da"));
    }

    [Fact]
    public void Find_AWordInsideALinksToken_IsNotTakenForText()
    {
        // A signed token is random letters: "-By_" inside it is not the English "By" left on a French page.
        var english = DashboardText.English.By;

        Assert.Empty(UntranslatedText.Find($"<html><body><p>Ouvrir : http://127.0.0.1:5000/me/p1.a-{english}_c</p></body></html>", "fr"));
        Assert.NotEmpty(UntranslatedText.Find($"<html><body><p>{english} : Claire</p></body></html>", "fr"));
    }

    [Theory]
    [InlineData("en", "2 Mar 2026 08:05 UTC", "1.5")]
    [InlineData("nl", "2 mrt 2026 08:05 UTC", "1,5")]
    [InlineData("fr", "2 mars 2026 08:05 UTC", "1,5")]
    [InlineData("da", "2. mar. 2026 08.05 UTC", "1,5")]
    public void TimeTextAndNumber_EachLanguage_WriteItsCulturesMonthsAndDecimals(string language, string time, string number)
    {
        var text = DashboardText.For(language);

        Assert.Equal(time, text.TimeText(new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.FromHours(1))));
        Assert.Equal(number, text.Number(1.5, "0.#"));
    }

    [Theory]
    [InlineData("en", "3 d 4 h")]
    [InlineData("nl", "3 d 4 u")]
    [InlineData("fr", "3 j 4 h")]
    [InlineData("da", "3 d 4 t")]
    public void Duration_DaysAndHours_InTheLanguagesUnits(string language, string expected)
        => Assert.Equal(expected, DashboardText.For(language).Duration(new TimeSpan(3, 4, 10, 0)));

    [Theory]
    [InlineData(null, null, null, "en")]
    [InlineData(null, null, "da, en;q=0.5", "da")]
    [InlineData(null, null, "de-DE, fr;q=0.4, nl;q=0.6", "nl")]
    [InlineData(null, "fr", "da", "fr")]
    [InlineData("nl", "fr", "da", "nl")]
    [InlineData("NL-be", null, null, "nl")]
    [InlineData("de", null, null, "en")]
    [InlineData("de", "da", null, "da")]
    [InlineData(null, "xx", "fr", "fr")]
    public void Choose_QueryCookieAndAcceptLanguage_ChoiceFirstThenBrowserThenEnglish(string? query, string? cookie, string? acceptLanguage, string expected)
    {
        var context = Request(query, cookie, acceptLanguage);

        Assert.Equal(expected, PageLanguage.Choose(context));
    }

    [Fact]
    public void Choose_KnownLangQuery_RemembersItInTheCookie()
    {
        var context = Request("fr", null, null);

        PageLanguage.Choose(context);

        var cookie = context.Response.Headers.SetCookie.ToString();
        Assert.StartsWith($"{PageLanguage.CookieName}=fr;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Choose_UnknownLangQuery_RemembersNothing()
    {
        var context = Request("de", null, null);

        PageLanguage.Choose(context);

        Assert.Empty(context.Response.Headers.SetCookie.ToString());
    }

    [Fact]
    public void Link_PageWithAQuery_KeepsItAndSetsLang()
    {
        var context = Request("fr", null, null);
        context.Request.Path = "/outbox";
        context.Request.QueryString = new QueryString("?to=a%40b.example&lang=fr");

        Assert.Equal("/outbox?to=a%40b.example&lang=da", PageLanguage.Link(context.Request, "da"));
    }

    private static DefaultHttpContext Request(string? query, string? cookie, string? acceptLanguage)
    {
        var context = new DefaultHttpContext();
        if (query is not null)
        {
            context.Request.QueryString = new QueryString($"?{PageLanguage.QueryName}={Uri.EscapeDataString(query)}");
        }

        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{PageLanguage.CookieName}={cookie}";
        }

        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        return context;
    }
}
