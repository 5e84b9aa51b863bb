using System.Reflection;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Components.Reminders;
using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Functions.Tests.Reminders;

/// <summary>Every reminder text in every language, translated with the same placeholders as the English
/// one; and the escalation email tells HR, in each language, that they can send the manager a reminder
/// from the request it links to.</summary>
public sealed partial class ReminderTextTests
{
    public static TheoryData<string> Languages => ["nl", "fr", "da"];

    public static TheoryData<string, string> ReminderWords => new()
    {
        { "en", "send Anders Nielsen a reminder" },
        { "nl", "stuur je een herinnering" },
        { "fr", "lui envoyer un rappel" },
        { "da", "sende en påmindelse" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryText_EachLanguage_TranslatedWithTheSamePlaceholders(string language)
    {
        var text = ReminderText.For(language);
        Assert.Equal(language, text.Language);
        foreach (var property in typeof(ReminderText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.Name != nameof(ReminderText.Language)))
        {
            var english = (string)property.GetValue(ReminderText.English)!;
            var translated = (string)property.GetValue(text)!;
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{language}.{property.Name} is empty");
            Assert.True(english != translated, $"{language}.{property.Name} is still English");
            Assert.Equal(Placeholders(english), Placeholders(translated));
        }
    }

    [Theory]
    [MemberData(nameof(ReminderWords))]
    public void EscalationEmail_EachLanguage_SaysHrCanSendAReminderFromTheLinkedRequest(string language, string words)
    {
        var message = MessageRenderer.Default.Render(MessageTemplates.ManagerApprovalEscalation, language, new Dictionary<string, string>
        {
            ["recipientName"] = "Claire",
            ["managerName"] = "Anders Nielsen",
            ["ambassadorName"] = "Lars Hansen",
            ["programme"] = "Mobility",
            ["timeBudget"] = "3",
            ["termStart"] = "1",
            ["termEnd"] = "2",
            ["link"] = "https://af.example/api/approvals/t0ken",
        });

        Assert.Equal(language, message.Language);
        Assert.Contains(words, message.TextBody, StringComparison.Ordinal);
        // The request page the link opens is where the reminder is sent from (and where HR may decide).
        Assert.Contains("<a href=\"https://af.example/api/approvals/t0ken\"", message.HtmlBody, StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
