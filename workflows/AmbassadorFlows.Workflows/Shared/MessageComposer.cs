using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>Renders a template for one person into an <see cref="EmailMessage"/>. Shared by the
/// activities so that language choice and the reminder wrapper work the same everywhere.</summary>
public sealed class MessageComposer
{
    private readonly MessageRenderer _renderer;
    private readonly IDirectory? _directory;
    private readonly IApprovalLinks? _links;

    /// <param name="directory">Names the <see cref="MessageValue.People"/> of a model in <see cref="ComposeAsync"/>; without one they stay ids.</param>
    /// <param name="links">Gives <see cref="ComposeAsync"/> the recipient's personal link, which ends the message; without one there is none.</param>
    public MessageComposer(MessageRenderer renderer, IDirectory? directory = null, IApprovalLinks? links = null)
    {
        _renderer = renderer;
        _directory = directory;
        _links = links;
    }

    /// <summary><see cref="Compose"/> after naming the model's people from the directory: orchestrators
    /// put only employee ids in history (erasure purges a journey, not the cohort that mentions it),
    /// so names are looked up here, at send time. Someone the directory no longer knows shows as their id.</summary>
    public async Task<EmailMessage> ComposeAsync(string idempotencyKey, Person to, string template, MessageModel model, Uri? link = null, bool asReminder = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(model);
        // Made here, in the activity, at send time: the link is never in an orchestration's history.
        var personalLink = _links is not null && !MessageTemplates.WithoutPersonalLink.Contains(template)
            ? await _links.CreatePersonalLinkAsync(to.EmployeeId, cancellationToken)
            : null;
        if (_directory is null || !model.Values.Any(v => v.People is not null))
        {
            return Compose(idempotencyKey, to, template, model, link, asReminder, personalLink);
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

        return Compose(idempotencyKey, to, template, named, link, asReminder, personalLink);
    }

    /// <summary>A block to put inside another message for <paramref name="to"/> (e.g. one training
    /// module with its links): the template's subject line, then its body.</summary>
    public string ComposeBlock(Person to, string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(to);
        var rendered = _renderer.Render(template, to.Language, values);
        return rendered.Subject + "\n" + rendered.BodySource;
    }

    /// <param name="personalLink">The recipient's own page: the message ends with it, in the message's language.</param>
    public EmailMessage Compose(string idempotencyKey, Person to, string template, MessageModel model, Uri? link = null, bool asReminder = false, Uri? personalLink = null)
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

        if (personalLink is not null)
        {
            rendered = _renderer.Render(MessageTemplates.PersonalLink, rendered.Language, new Dictionary<string, string>
            {
                ["subject"] = rendered.Subject,
                ["body"] = rendered.BodySource,
                ["personalLink"] = personalLink.AbsoluteUri,
            }) with { Template = rendered.Template };
        }

        return new EmailMessage(idempotencyKey, to.Address, rendered.Subject, rendered.HtmlBody, rendered.TextBody)
        {
            Template = rendered.Template,
            Language = rendered.Language,
        };
    }
}
