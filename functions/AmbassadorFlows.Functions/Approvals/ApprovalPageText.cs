using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Every fixed text of the request pages' frame (titles, buttons, refusals), in the languages the
/// emails are written in (en, nl, fr, da); what a request is about is in <see cref="Request"/>.
/// Texts are plain: Razor encodes them. Dutch, French and Danish start as copies of English, so a
/// test checks that each of them translates every text.
/// </summary>
public sealed record ApprovalPageText
{
    public required string Language { get; init; }

    public required string AnswerNeeded { get; init; }


    public required string CommentLabel { get; init; }

    public required string OpeningChangesNothing { get; init; }

    public required string NoDetails { get; init; }

    public required string ThankYou { get; init; }

    /// <summary>(answer, title, time) → the confirmation.</summary>
    public required Func<string, string, string, string> Recorded { get; init; }

    public required string CloseThisPage { get; init; }

    public required string AlreadyDecidedTitle { get; init; }

    /// <summary>(decider, time, answer) → the outcome line.</summary>
    public required Func<string, string, string, string> AlreadyDecidedBy { get; init; }

    public required string NothingMore { get; init; }

    public required string NotRecordedTitle { get; init; }

    public required string NotRecordedHeading { get; init; }

    /// <summary>(title) → the sentence before the list of wrong fields.</summary>
    public required Func<string, string> FieldsWrong { get; init; }

    public required string OpenAgainAndUseForm { get; init; }

    public required string YourMonth { get; init; }

    public required string AttendedMeeting { get; init; }

    public required string HoursSpent { get; init; }

    public required string Successes { get; init; }

    public required string Challenges { get; init; }

    public required string Asks { get; init; }

    public required string SelectedAmbassadors { get; init; }

    public required (string Title, string Text) Invalid { get; init; }

    public required (string Title, string Text) Unusable { get; init; }

    public required (string Title, string Text) NotFound { get; init; }

    public required (string Title, string Text) Expired { get; init; }

    /// <summary>(closed reason, not encoded: message texts are encoded as a whole) → the text.</summary>
    public required (string Title, Func<string?, string> Text) Closed { get; init; }

    /// <summary>The cohort or journey behind the request has ended (stopped by HR or Ops, or over):
    /// nothing can be recorded for it any more.</summary>
    public required (string Title, string Text) Ended { get; init; }

    /// <summary>(the person it now waits for) → the text: HR handed the request to someone else.</summary>
    public required (string Title, Func<string, string> Text) HandedOver { get; init; }

    public required (string Title, string Text) FormCheckFailed { get; init; }

    /// <summary>(the answer sent, the answers offered) → the text.</summary>
    public required (string Title, Func<string, string, string> Text) UnknownAnswer { get; init; }

    /// <summary>Button labels by option; unknown options fall back to the English label.</summary>
    public required IReadOnlyDictionary<string, string> Options { get; init; }

    /// <summary>Page titles by approval kind; unknown kinds fall back to the kind as words.</summary>
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public static ApprovalPageText English { get; } = new()
    {
        Language = "en",
        AnswerNeeded = "Your answer is needed",
        CommentLabel = "Comment (optional)",
        OpeningChangesNothing = "Opening this page changes nothing; only a button records your answer, once.",
        NoDetails = "The email that brought you here explains what is asked. Please choose one of the answers below.",
        ThankYou = "Thank you",
        Recorded = (answer, title, at) => $"Your answer “{answer}” to “{title}” was recorded on {at}.",
        CloseThisPage = "You can close this page.",
        AlreadyDecidedTitle = "Already decided",
        AlreadyDecidedBy = (by, at, answer) => $"Already decided by {by} on {at}: “{answer}”.",
        NothingMore = "Nothing more to do here.",
        NotRecordedTitle = "Answer not recorded",
        NotRecordedHeading = "Your answer was not recorded",
        FieldsWrong = title => $"Some fields of “{title}” are not what this request takes:",
        OpenAgainAndUseForm = "Open the link from your email again and answer with its form.",
        YourMonth = "Your month",
        AttendedMeeting = "I attended the meeting",
        HoursSpent = "Hours spent on the role",
        Successes = "Successes",
        Challenges = "Challenges",
        Asks = "Asks",
        SelectedAmbassadors = "Selected ambassadors",
        Invalid = ("This link is not valid", "The link is incomplete or was changed. Open it again from your email, exactly as it was sent."),
        Unusable = ("This link is not valid", "The link cannot be used."),
        NotFound = ("Nothing is waiting on this link", "The request this link belongs to no longer exists."),
        Expired = ("This link has expired", "The time to answer has passed. If you still want to answer, contact HR."),
        Closed = ("This request is closed", reason => $"It was closed without an answer ({reason}). Nothing more to do here."),
        HandedOver = ("This request was handed to someone else", name => $"HR handed this request to {name}, so it no longer waits for you and this link no longer records an answer. Nothing more to do here."),
        Ended = ("This round has ended", "The programme round this request belongs to has ended, so your answer cannot be recorded any more. Nothing more to do here; HR can tell you about a next round."),
        FormCheckFailed = ("Form check failed", "This answer did not come from the page we showed. Open the link from your email again and use its buttons."),
        UnknownAnswer = ("Unknown answer", (decision, options) => $"'{decision}' is not one of: {options}."),
        Options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["approve"] = "Approve", ["reject"] = "Reject", ["accept"] = "Accept", ["decline"] = "Decline", ["apply"] = "Apply",
            ["submit"] = "Send", ["renew"] = "Continue for another term", ["step-back"] = "End with this term", ["step-down"] = "Step down", ["done"] = "Mark as done",
        },
        Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application"] = "Application", ["cohort-selection"] = "Cohort selection", ["manager-approval"] = "Manager approval",
            ["agreement"] = "Ambassador agreement", ["monthly-check-in"] = "Monthly check-in", ["training-module"] = "Training module",
            ["renewal"] = "Another term", ["renewal-wish"] = "Another term?", ["step-down"] = "Step down", ["offboarding-feedback"] = "Your feedback",
        },
    };

    public static ApprovalPageText Dutch { get; } = English with
    {
        Language = "nl",
        AnswerNeeded = "Je antwoord is nodig",
        CommentLabel = "Opmerking (optioneel)",
        OpeningChangesNothing = "Deze pagina openen verandert niets; alleen een knop legt je antwoord vast, één keer.",
        NoDetails = "De e-mail die je hierheen bracht, legt uit wat er gevraagd wordt. Kies hieronder een van de antwoorden.",
        ThankYou = "Bedankt",
        Recorded = (answer, title, at) => $"Je antwoord ‘{answer}’ op ‘{title}’ is vastgelegd op {at}.",
        CloseThisPage = "Je kunt deze pagina sluiten.",
        AlreadyDecidedTitle = "Al beslist",
        AlreadyDecidedBy = (by, at, answer) => $"Al beslist door {by} op {at}: ‘{answer}’.",
        NothingMore = "Hier hoef je niets meer te doen.",
        NotRecordedTitle = "Antwoord niet vastgelegd",
        NotRecordedHeading = "Je antwoord is niet vastgelegd",
        FieldsWrong = title => $"Sommige velden van “{title}” zijn niet wat dit verzoek verwacht:",
        OpenAgainAndUseForm = "Open de link uit je e-mail opnieuw en antwoord met het formulier daar.",
        YourMonth = "Jouw maand",
        AttendedMeeting = "Ik was op de vergadering",
        HoursSpent = "Uren besteed aan de rol",
        Successes = "Successen",
        Challenges = "Uitdagingen",
        Asks = "Vragen",
        SelectedAmbassadors = "Gekozen ambassadeurs",
        Invalid = ("Deze link is niet geldig", "De link is onvolledig of gewijzigd. Open hem opnieuw vanuit je e-mail, precies zoals hij verstuurd is."),
        Unusable = ("Deze link is niet geldig", "De link kan niet gebruikt worden."),
        NotFound = ("Er wacht niets op deze link", "Het verzoek waar deze link bij hoort, bestaat niet meer."),
        Expired = ("Deze link is verlopen", "De tijd om te antwoorden is voorbij. Wil je toch nog antwoorden, neem dan contact op met HR."),
        Closed = ("Dit verzoek is gesloten", reason => $"Het werd gesloten zonder antwoord ({reason}). Hier hoef je niets meer te doen."),
        HandedOver = ("Dit verzoek is aan iemand anders overgedragen", name => $"HR heeft dit verzoek aan {name} overgedragen. Het wacht dus niet meer op jou en via deze link wordt geen antwoord meer vastgelegd. Hier hoef je niets meer te doen."),
        Ended = ("Deze ronde is afgelopen", "De programmaronde waar dit verzoek bij hoort, is afgelopen, dus je antwoord kan niet meer worden geregistreerd. Hier hoef je niets meer te doen; HR vertelt je graag over een volgende ronde."),
        FormCheckFailed = ("Formuliercontrole mislukt", "Dit antwoord kwam niet van de pagina die we toonden. Open de link uit je e-mail opnieuw en gebruik de knoppen daar."),
        UnknownAnswer = ("Onbekend antwoord", (decision, options) => $"'{decision}' is niet een van: {options}."),
        Options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["approve"] = "Goedkeuren", ["reject"] = "Afwijzen", ["accept"] = "Aanvaarden", ["decline"] = "Weigeren", ["apply"] = "Kandidaat stellen",
            ["submit"] = "Versturen", ["renew"] = "Verlengen", ["step-back"] = "Terugtreden", ["step-down"] = "Stoppen", ["done"] = "Klaar",
        },
        Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application"] = "Kandidatuur", ["cohort-selection"] = "Selectie van de groep", ["manager-approval"] = "Goedkeuring door de manager",
            ["agreement"] = "Overeenkomst", ["monthly-check-in"] = "Maandelijkse check-in", ["training-module"] = "Opleidingsmodule",
            ["renewal"] = "Verlenging", ["renewal-wish"] = "Wens tot verlenging", ["step-down"] = "Stoppen", ["offboarding-feedback"] = "Feedback bij vertrek",
        },
    };

    public static ApprovalPageText French { get; } = English with
    {
        Language = "fr",
        AnswerNeeded = "Votre réponse est attendue",
        CommentLabel = "Commentaire (facultatif)",
        OpeningChangesNothing = "Ouvrir cette page ne change rien ; seul un bouton enregistre votre réponse, une seule fois.",
        NoDetails = "L’e-mail qui vous a mené ici explique ce qui est demandé. Choisissez l’une des réponses ci-dessous.",
        ThankYou = "Merci",
        Recorded = (answer, title, at) => $"Votre réponse « {answer} » à « {title} » a été enregistrée le {at}.",
        CloseThisPage = "Vous pouvez fermer cette page.",
        AlreadyDecidedTitle = "Déjà décidé",
        AlreadyDecidedBy = (by, at, answer) => $"Déjà décidé par {by} le {at} : « {answer} ».",
        NothingMore = "Plus rien à faire ici.",
        NotRecordedTitle = "Réponse non enregistrée",
        NotRecordedHeading = "Votre réponse n’a pas été enregistrée",
        FieldsWrong = title => $"Certains champs de « {title} » ne correspondent pas à ce que cette demande attend :",
        OpenAgainAndUseForm = "Rouvrez le lien de votre e-mail et répondez avec son formulaire.",
        YourMonth = "Votre mois",
        AttendedMeeting = "J’ai assisté à la réunion",
        HoursSpent = "Heures consacrées au rôle",
        Successes = "Réussites",
        Challenges = "Difficultés",
        Asks = "Demandes",
        SelectedAmbassadors = "Ambassadeurs retenus",
        Invalid = ("Ce lien n’est pas valide", "Le lien est incomplet ou a été modifié. Rouvrez-le depuis votre e-mail, tel qu’il a été envoyé."),
        Unusable = ("Ce lien n’est pas valide", "Le lien ne peut pas être utilisé."),
        NotFound = ("Rien n’attend sur ce lien", "La demande à laquelle appartient ce lien n’existe plus."),
        Expired = ("Ce lien a expiré", "Le délai de réponse est dépassé. Si vous souhaitez encore répondre, contactez les RH."),
        Closed = ("Cette demande est close", reason => $"Elle a été close sans réponse ({reason}). Plus rien à faire ici."),
        HandedOver = ("Cette demande a été confiée à quelqu’un d’autre", name => $"Les RH ont confié cette demande à {name} : elle ne vous attend plus et ce lien n’enregistre plus de réponse. Plus rien à faire ici."),
        Ended = ("Cette session est terminée", "La session du programme à laquelle appartient cette demande est terminée : votre réponse ne peut plus être enregistrée. Plus rien à faire ici ; les RH peuvent vous parler d’une prochaine session."),
        FormCheckFailed = ("Échec du contrôle du formulaire", "Cette réponse ne vient pas de la page que nous avons affichée. Rouvrez le lien de votre e-mail et utilisez ses boutons."),
        UnknownAnswer = ("Réponse inconnue", (decision, options) => $"« {decision} » ne fait pas partie de : {options}."),
        Options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["approve"] = "Approuver", ["reject"] = "Refuser", ["accept"] = "Accepter", ["decline"] = "Décliner", ["apply"] = "Postuler",
            ["submit"] = "Envoyer", ["renew"] = "Renouveler", ["step-back"] = "Me retirer", ["step-down"] = "Quitter le rôle", ["done"] = "Terminé",
        },
        Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application"] = "Candidature", ["cohort-selection"] = "Sélection de la cohorte", ["manager-approval"] = "Accord du manager",
            ["agreement"] = "Accord", ["monthly-check-in"] = "Point mensuel", ["training-module"] = "Module de formation",
            ["renewal"] = "Renouvellement", ["renewal-wish"] = "Souhait de renouvellement", ["step-down"] = "Départ du rôle", ["offboarding-feedback"] = "Retour de fin de rôle",
        },
    };

    public static ApprovalPageText Danish { get; } = English with
    {
        Language = "da",
        AnswerNeeded = "Dit svar er nødvendigt",
        CommentLabel = "Kommentar (valgfri)",
        OpeningChangesNothing = "At åbne denne side ændrer intet; kun en knap registrerer dit svar, én gang.",
        NoDetails = "E-mailen, der bragte dig hertil, forklarer, hvad der spørges om. Vælg et af svarene nedenfor.",
        ThankYou = "Tak",
        Recorded = (answer, title, at) => $"Dit svar »{answer}« på »{title}« blev registreret den {at}.",
        CloseThisPage = "Du kan lukke denne side.",
        AlreadyDecidedTitle = "Allerede besluttet",
        AlreadyDecidedBy = (by, at, answer) => $"Allerede besluttet af {by} den {at}: »{answer}«.",
        NothingMore = "Der er ikke mere at gøre her.",
        NotRecordedTitle = "Svar ikke registreret",
        NotRecordedHeading = "Dit svar blev ikke registreret",
        FieldsWrong = title => $"Nogle felter i “{title}” er ikke, hvad denne anmodning kræver:",
        OpenAgainAndUseForm = "Åbn linket fra din e-mail igen, og svar med formularen der.",
        YourMonth = "Din måned",
        AttendedMeeting = "Jeg deltog i mødet",
        HoursSpent = "Timer brugt på rollen",
        Successes = "Succeser",
        Challenges = "Udfordringer",
        Asks = "Ønsker",
        SelectedAmbassadors = "Valgte ambassadører",
        Invalid = ("Dette link er ikke gyldigt", "Linket er ufuldstændigt eller blev ændret. Åbn det igen fra din e-mail, præcis som det blev sendt."),
        Unusable = ("Dette link er ikke gyldigt", "Linket kan ikke bruges."),
        NotFound = ("Intet venter på dette link", "Anmodningen, som dette link hører til, findes ikke længere."),
        Expired = ("Dette link er udløbet", "Fristen for at svare er overskredet. Vil du stadig svare, så kontakt HR."),
        Closed = ("Denne anmodning er lukket", reason => $"Den blev lukket uden svar ({reason}). Der er ikke mere at gøre her."),
        HandedOver = ("Anmodningen er givet videre", name => $"HR har givet anmodningen videre til {name}, så den venter ikke længere på dig, og linket kan ikke længere bruges til at svare. Der er ikke mere at gøre her."),
        Ended = ("Denne runde er slut", "Den programrunde, som anmodningen hører til, er slut, så dit svar kan ikke længere registreres. Der er ikke mere at gøre her; HR kan fortælle dig om en kommende runde."),
        FormCheckFailed = ("Formularkontrol mislykkedes", "Dette svar kom ikke fra den side, vi viste. Åbn linket fra din e-mail igen, og brug knapperne der."),
        UnknownAnswer = ("Ukendt svar", (decision, options) => $"'{decision}' er ikke en af: {options}."),
        Options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["approve"] = "Godkend", ["reject"] = "Afvis", ["accept"] = "Accepter", ["decline"] = "Afslå", ["apply"] = "Ansøg",
            ["submit"] = "Send", ["renew"] = "Forny", ["step-back"] = "Træd tilbage", ["step-down"] = "Stop i rollen", ["done"] = "Færdig",
        },
        Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application"] = "Ansøgning", ["cohort-selection"] = "Udvælgelse af holdet", ["manager-approval"] = "Godkendelse fra lederen",
            ["agreement"] = "Aftale", ["monthly-check-in"] = "Månedlig opfølgning", ["training-module"] = "Træningsmodul",
            ["renewal"] = "Fornyelse", ["renewal-wish"] = "Ønske om fornyelse", ["step-down"] = "Stop i rollen", ["offboarding-feedback"] = "Feedback ved afslutning",
        },
    };

    private static readonly ApprovalPageText[] All = [English, Dutch, French, Danish];

    /// <summary>The texts for a language code ("nl", "fr-BE", "DA"), or null when it is not one of ours.</summary>
    public static ApprovalPageText? Find(string? language)
        => PageLanguage.Find(language) is { } code ? Array.Find(All, t => t.Language == code) : null;

    /// <summary>The best of ours by the browser's <c>Accept-Language</c> (by q, then order), else English.</summary>
    public static ApprovalPageText FromAcceptLanguage(string? header) => Find(PageLanguage.FromAcceptLanguage(header)) ?? English;

    /// <summary>What the request page says about the request itself, in this language.</summary>
    public Components.RequestPageText Request => Components.RequestPageText.For(Language);

    public string Option(string option) => Options.TryGetValue(option, out var label) ? label : English.Options.GetValueOrDefault(option) ?? Words(option);

    public string Kind(string kind) => string.IsNullOrWhiteSpace(kind) ? AnswerNeeded : Kinds.TryGetValue(kind, out var title) ? title : Words(kind);

    /// <summary>"offboarding-feedback" → "Offboarding feedback", for kinds and options no text names.</summary>
    private static string Words(string name)
    {
        var text = name.Replace('_', ' ').Replace('-', ' ').Trim();
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
