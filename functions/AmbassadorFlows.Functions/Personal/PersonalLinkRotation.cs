using System.Globalization;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components.People;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>
/// HR gives a person a new personal link: their link version moves on (every link issued before stops
/// working) and the new link goes to them by email, in their language, audited. The form names the
/// version HR saw; only the first request for that version rotates (a claim on "version seen", shared by
/// every app instance), so a double click or a second tab renews once and sends one mail.
/// </summary>
public sealed class PersonalLinkRotation(
    IPersonalPageStore store,
    PersonalLinks links,
    IWorkClaims claims,
    IEmailSender email,
    MessageComposer composer,
    AuditTrail trail)
{
    /// <summary>Renews <paramref name="person"/>'s link if it is still at <paramref name="seenVersion"/>.</summary>
    public async Task<LinkRotationOutcome> RotateAsync(Employee person, int seenVersion, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var state = await store.GetLinkAsync(person.Id, cancellationToken);
        if (state.Erased)
        {
            return LinkRotationOutcome.Erased;
        }

        var claimKey = string.Create(CultureInfo.InvariantCulture, $"personal-link:{person.Id}:v{seenVersion}");
        if (state.Version != seenVersion
            || !await claims.TryClaimAsync(claimKey, Guid.NewGuid().ToString("N"), TimeSpan.FromDays(1), cancellationToken))
        {
            return LinkRotationOutcome.AlreadyRenewed;
        }

        var link = await links.RotateAsync(person.Id, cancellationToken);
        await trail.RecordAsync(actor, PersonalDataEraser.AuditInstance, AuditActions.PersonalLinkRenewed, string.Create(CultureInfo.InvariantCulture, $"employee {person.Id}; link version {seenVersion} revoked"), CancellationToken.None);

        // Renewed first, mailed second: a failed send leaves the old link dead (HR sees the mail, or its
        // absence, in the outbox), never the revoked link working again.
        var text = PersonalLinkText.For(person.PreferredLanguage);
        var to = Person.From(person) with { Language = text.Language };
        var model = new MessageModel()
            .With("subject", text.MailSubject)
            .With("body", text.MailBody)
            .With("personalLink", link.AbsoluteUri);
        await email.SendAsync(composer.Compose(claimKey, to, MessageTemplates.PersonalLink, model), CancellationToken.None);
        return LinkRotationOutcome.Renewed;
    }
}

/// <summary>What became of one request to renew a personal link.</summary>
public enum LinkRotationOutcome
{
    Renewed,

    /// <summary>Renewed already since the page was shown (a double click, another tab): nothing more was done.</summary>
    AlreadyRenewed,

    /// <summary>The person was erased: no link is made for them again.</summary>
    Erased,
}
