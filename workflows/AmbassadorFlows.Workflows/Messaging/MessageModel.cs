using System.Globalization;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Messaging;

/// <summary>The placeholder values of one email, built in orchestrators (so it is part of history)
/// and resolved in the recipient's language by the sending activity.</summary>
public sealed class MessageModel : Dictionary<string, MessageValue>
{
    public MessageModel()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public MessageModel With(string key, string? text)
    {
        this[key] = new MessageValue { Text = text ?? string.Empty };
        return this;
    }

    public MessageModel With(string key, int number) => With(key, number.ToString(CultureInfo.InvariantCulture));

    public MessageModel With(string key, double number) => With(key, number.ToString("0.#", CultureInfo.InvariantCulture));

    public MessageModel With(string key, LocalizedText text)
    {
        this[key] = new MessageValue { Localized = text };
        return this;
    }

    public MessageModel With(string key, IReadOnlyList<LocalizedText> list)
    {
        this[key] = new MessageValue { List = list };
        return this;
    }

    /// <summary>People named only when the email is composed (see <see cref="MessageValue.People"/>).</summary>
    public MessageModel WithPeople(string key, IEnumerable<string> employeeIds)
    {
        this[key] = new MessageValue { People = [.. employeeIds] };
        return this;
    }

    public MessageModel WithDate(string key, DateTime utc, string? timeZone = null)
    {
        this[key] = new MessageValue { Date = utc, TimeZone = timeZone };
        return this;
    }

    /// <summary>The one language this message can be written in for a reader of <paramref name="preferred"/>:
    /// that language when every programme text in it has it, else English, else a language they all share.
    /// A Danish frame around English programme text would be two languages in one message.</summary>
    public string LanguageFor(string? preferred)
    {
        var texts = Values.SelectMany(v => v.Localized is { } one ? [one] : v.List ?? []).ToList();
        bool AllHave(string language) => texts.All(t => t.ContainsKey(language));
        if (preferred is not null && AllHave(preferred))
        {
            return preferred;
        }

        return MessageTemplates.Languages.FirstOrDefault(AllHave) ?? preferred ?? MessageRenderer.FallbackLanguage;
    }

    public IReadOnlyDictionary<string, string> Resolve(string language)
        => this.ToDictionary(p => p.Key, p => p.Value.Resolve(language), StringComparer.OrdinalIgnoreCase);
}
