using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Tests.Shared;

public sealed class MessageComposerTests
{
    private static readonly DateTime Deadline = new(2027, 2, 24, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Compose_ProgrammeHasTheReadersLanguage_WholeMessageInIt()
    {
        var mail = Compose("da", Programme(("en", "Mobility ambassadors"), ("da", "Mobilitetsambassadører")));

        Assert.Equal("da", mail.Language);
        Assert.Equal("Mobilitetsambassadører: vi tænkte på dig", mail.Subject);
        Assert.Contains("24. februar 2027", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ProgrammeLacksTheReadersLanguage_WholeMessageInEnglishNotAMix()
    {
        var mail = Compose("da", Programme(("en", "Mobility ambassadors"), ("nl", "Mobiliteitsambassadeurs")));

        Assert.Equal("en", mail.Language);
        Assert.Equal("Mobility ambassadors: we thought of you", mail.Subject);
        Assert.Contains("Apply before", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("24 February 2027", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Søg", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ProgrammeWithoutEnglishOrTheReadersLanguage_UsesALanguageItHas()
    {
        var mail = Compose("fr", Programme(("da", "Mobilitetsambassadører"), ("nl", "Mobiliteitsambassadeurs")));

        Assert.Equal("nl", mail.Language);
        Assert.StartsWith("Mobiliteitsambassadeurs:", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OneListItemLacksTheReadersLanguage_WholeMessageFallsBack()
    {
        var model = Programme(("en", "Mobility ambassadors"), ("da", "Mobilitetsambassadører"));
        model.With("tasks", [Text(("en", "Bring ideas"), ("da", "Kom med idéer")), Text(("en", "Spread the word"))]);

        var mail = new MessageComposer(MessageRenderer.Default).Compose("key", Reader("da"), MessageTemplates.PostingInvitation, model, new Uri("https://example.org/a"));

        Assert.Equal("en", mail.Language);
        Assert.Contains("- Bring ideas", mail.TextBody, StringComparison.Ordinal);
    }

    private static Ports.EmailMessage Compose(string language, MessageModel model)
        => new MessageComposer(MessageRenderer.Default).Compose("key", Reader(language), MessageTemplates.PostingInvitation, model, new Uri("https://example.org/a"));

    private static Person Reader(string language) => new("E1", "Kim", "kim@example.org", language);

    private static MessageModel Programme(params (string Language, string Text)[] name)
    {
        var model = new MessageModel()
            .With("programme", Text(name))
            .With("summary", Text([.. name.Select(n => (n.Language, "summary " + n.Language))]))
            .With("tasks", [Text([.. name.Select(n => (n.Language, "task " + n.Language))])])
            .With("expectations", [Text([.. name.Select(n => (n.Language, "expectation " + n.Language))])])
            .With("timeBudget", 3)
            .With("termMonths", 12)
            .WithDate("deadline", Deadline)
            .WithDate("firstMeeting", Deadline.AddDays(10));
        return model;
    }

    private static LocalizedText Text(params (string Language, string Text)[] texts)
        => new(texts.ToDictionary(t => t.Language, t => t.Text));
}
