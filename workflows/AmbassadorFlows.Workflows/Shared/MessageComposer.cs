using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>Renders a template for one person into an <see cref="EmailMessage"/>. Shared by the
/// activities so that language choice and the reminder wrapper work the same everywhere.</summary>
public sealed class MessageComposer
{
    private readonly MessageRenderer _renderer;
    private readonly IDirectory? _directory;

    /// <param name="directory">Names the <see cref="MessageValue.People"/> of a model in <see cref="ComposeAsync"/>; without one they stay ids.</param>
    public MessageComposer(MessageRenderer renderer, IDirectory? directory = null)
    {
        _renderer = renderer;
        _directory = directory;
    }

    /// <summary><see cref="Compose"/> after naming the model's people from the directory: orchestrators
    /// put only employee ids in history (erasure purges a journey, not the cohort that mentions it),
    /// so names are looked up here, at send time. Someone the directory no longer knows shows as their id.</summary>
    public async Task<EmailMessage> ComposeAsync(string idempotencyKey, Person to, string template, MessageModel model, Uri? link = null, bool asReminder = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (_directory is null || !model.Values.Any(v => v.People is not null))
        {
            return Compose(idempotencyKey, to, template, model, link, asReminder);
        }

        var named = new MessageModel();
        foreach (var (key, value) in model)
        {
            if (value.People is not { } ids)
            {
                named[key] = value;
                continue;
            }

            var lines = new List<string>(ids.Count);
            foreach (var id in ids)
            {
                lines.Add(await _directory.GetEmployeeAsync(id, cancellationToken) is { } e ? $"- {e.DisplayName} ({e.Department}, {e.Level}, {e.Region})" : $"- {id}");
            }

            named.With(key, string.Join("\n", lines));
        }

        return Compose(idempotencyKey, to, template, named, link, asReminder);
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
        var language = model.LanguageFor(to.Language);
        var values = new Dictionary<string, string>(model.Resolve(language), StringComparer.OrdinalIgnoreCase)
        {
            ["recipientName"] = to.Name,
        };
        if (link is not null)
        {
            values["link"] = link.AbsoluteUri;
        }

        var rendered = _renderer.Render(template, language, values);
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
