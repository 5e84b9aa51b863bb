using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>Renders a template for one person into an <see cref="EmailMessage"/>. Shared by the
/// activities so that language choice and the reminder wrapper work the same everywhere.</summary>
public sealed class MessageComposer
{
    private readonly MessageRenderer _renderer;

    public MessageComposer(MessageRenderer renderer)
    {
        _renderer = renderer;
    }

    /// <summary>A block to put inside another message for <paramref name="to"/> (e.g. one training
    /// module with its links): the template's subject line, then its body.</summary>
    public string ComposeBlock(Person to, string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(to);
        var rendered = _renderer.Render(template, to.Language, values);
        return rendered.Subject + "\n" + rendered.BodySource;
    }

    public EmailMessage Compose(string idempotencyKey, Person to, string template, MessageModel model, Uri? link = null, bool asReminder = false)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(model);
        var values = new Dictionary<string, string>(model.Resolve(to.Language), StringComparer.OrdinalIgnoreCase)
        {
            ["recipientName"] = to.Name,
        };
        if (link is not null)
        {
            values["link"] = link.AbsoluteUri;
        }

        var rendered = _renderer.Render(template, to.Language, values);
        if (asReminder)
        {
            rendered = _renderer.Render(MessageTemplates.Reminder, rendered.Language, new Dictionary<string, string>
            {
                ["recipientName"] = to.Name,
                ["subject"] = rendered.Subject,
                ["body"] = rendered.BodySource,
            });
        }

        return new EmailMessage(idempotencyKey, to.Address, rendered.Subject, rendered.HtmlBody, rendered.TextBody)
        {
            Template = rendered.Template,
            Language = rendered.Language,
        };
    }
}
