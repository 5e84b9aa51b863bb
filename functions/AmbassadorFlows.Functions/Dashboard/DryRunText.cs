namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// The dry run's own texts beyond <see cref="DashboardText"/>: how people answer, the kept result and
/// the preview pages' banner, in en, nl, fr and da. Each language is built with <c>new()</c>, so a
/// text missing in one of them does not compile. Razor encodes them where they are shown.
/// </summary>
public sealed record DryRunText
{
    public required string Language { get; init; }

    public required string HowPeopleAnswer { get; init; }

    public required string HowPeopleAnswerHint { get; init; }

    public required string Managers { get; init; }

    public required string Selection { get; init; }

    public required string Agreement { get; init; }

    public required string CheckIns { get; init; }

    public required string PaceDay { get; init; }

    public required string PaceLate { get; init; }

    public required string PaceNever { get; init; }

    public required string PaceRefused { get; init; }

    /// <summary>{0}: the time the result is kept until.</summary>
    public required string KeptUntil { get; init; }

    public required string ItsButtonsOpen { get; init; }

    /// <summary>Above the emails: how to read them, and that their buttons open previews.</summary>
    public required string EmailsHint { get; init; }

    public required string PreviewBanner { get; init; }

    public required string PreviewExplains { get; init; }

    /// <summary>{0}: the answer; {1}: who; {2}: when.</summary>
    public required string OutcomeAnswered { get; init; }

    /// <summary>{0}: when.</summary>
    public required string OutcomeTimedOut { get; init; }

    /// <summary>{0}: who answered the other copy of the request (the manager's or HR's).</summary>
    public required string OutcomeAnsweredElsewhere { get; init; }

    public required string OutcomeOpen { get; init; }

    public required string OutcomeClosed { get; init; }

    public required string BackToResult { get; init; }

    public required string GoneTitle { get; init; }

    public required string UnknownTitle { get; init; }

    public required string KeptForADay { get; init; }

    public required string NoSuchPage { get; init; }

    /// <summary>The hop an email's button takes (<see cref="DryRunEndpoints.OpenAsync"/>), shown for an instant.</summary>
    public required string OpeningTitle { get; init; }

    public required string OpenPreview { get; init; }

    public static DryRunText English { get; } = new()
    {
        Language = "en",
        HowPeopleAnswer = "How people answer",
        HowPeopleAnswerHint = "Choose who answers late or never to see the reminders, the escalation to HR and the time-outs that follow.",
        Managers = "Managers approving a nominee (and HR, once the request is escalated)",
        Selection = "HR choosing the ambassadors",
        Agreement = "Ambassadors accepting the agreement",
        CheckIns = "Ambassadors’ monthly check-ins",
        PaceDay = "After a day",
        PaceLate = "Late, after the reminder",
        PaceNever = "Never",
        PaceRefused = "For each role, choose “After a day”, “Late” or “Never” (check-ins: “After a day” or “Never”).",
        KeptUntil = "This result and the pages its emails open are kept until {0}, at this address:",
        ItsButtonsOpen = "Its buttons open:",
        EmailsHint = "Open an email to read it as its recipient will. Its buttons work: they open the page they lead to as a preview, where nothing is recorded.",
        PreviewBanner = "Preview — nothing is recorded",
        PreviewExplains = "This is the page the email’s button opens in the dry run, as its recipient sees it. Its buttons do nothing here.",
        OutcomeAnswered = "In the dry run: answered “{0}” by {1} on {2}.",
        OutcomeTimedOut = "In the dry run: nobody answered; the request timed out on {0}.",
        OutcomeAnsweredElsewhere = "In the dry run: closed once {0} answered the other copy of this request.",
        OutcomeOpen = "In the dry run: still open when the run stopped.",
        OutcomeClosed = "In the dry run: closed without an answer on this page (for example, the training was marked done on the learning platform).",
        BackToResult = "Back to the dry run’s emails",
        GoneTitle = "This dry run is no longer kept",
        UnknownTitle = "No such dry run",
        KeptForADay = "A dry run’s result is kept for a day. Play it again to preview its pages.",
        NoSuchPage = "This dry run has no such page.",
        OpeningTitle = "Opening the preview…",
        OpenPreview = "If it does not open by itself, open it here.",
    };

    public static DryRunText Dutch { get; } = new()
    {
        Language = "nl",
        HowPeopleAnswer = "Hoe mensen antwoorden",
        HowPeopleAnswerHint = "Kies wie laat of nooit antwoordt om de herinneringen, de escalatie naar HR en de verlopen verzoeken te zien die daarop volgen.",
        Managers = "Managers die een genomineerde goedkeuren (en HR, zodra het verzoek naar HR is doorgestuurd)",
        Selection = "HR die de ambassadeurs kiest",
        Agreement = "Ambassadeurs die de afspraken aanvaarden",
        CheckIns = "Maandelijkse check-ins van de ambassadeurs",
        PaceDay = "Na een dag",
        PaceLate = "Laat, na de herinnering",
        PaceNever = "Nooit",
        PaceRefused = "Kies voor elke rol na een dag, laat of nooit (check-ins: na een dag of nooit).",
        KeptUntil = "Dit resultaat en de pagina’s die de e-mails openen, blijven bewaard tot {0}, op dit adres:",
        ItsButtonsOpen = "De knoppen openen:",
        EmailsHint = "Open een e-mail om hem te lezen zoals de ontvanger hem krijgt. De knoppen werken: ze openen de pagina waar ze naartoe leiden als voorbeeld, waarin niets wordt vastgelegd.",
        PreviewBanner = "Voorbeeld — er wordt niets vastgelegd",
        PreviewExplains = "Dit is de pagina die de knop in de e-mail opent tijdens de proefdraai, zoals de ontvanger ze ziet. De knoppen doen hier niets.",
        OutcomeAnswered = "In de proefdraai: beantwoord met „{0}” door {1} op {2}.",
        OutcomeTimedOut = "In de proefdraai: niemand antwoordde; het verzoek verliep op {0}.",
        OutcomeAnsweredElsewhere = "In de proefdraai: gesloten zodra {0} de andere kopie van dit verzoek beantwoordde.",
        OutcomeOpen = "In de proefdraai: nog open toen de proefdraai stopte.",
        OutcomeClosed = "In de proefdraai: gesloten zonder antwoord op deze pagina (bijvoorbeeld omdat de opleiding op het leerplatform als voltooid werd gemarkeerd).",
        BackToResult = "Terug naar de e-mails van de proefdraai",
        GoneTitle = "Deze proefdraai wordt niet meer bewaard",
        UnknownTitle = "Deze proefdraai bestaat niet",
        KeptForADay = "Het resultaat van een proefdraai blijft een dag bewaard. Speel hem opnieuw af om de pagina’s te bekijken.",
        NoSuchPage = "Deze proefdraai heeft zo’n pagina niet.",
        OpeningTitle = "Het voorbeeld wordt geopend…",
        OpenPreview = "Gaat het niet vanzelf open, open het dan hier.",
    };

    public static DryRunText French { get; } = new()
    {
        Language = "fr",
        HowPeopleAnswer = "Comment chacun répond",
        HowPeopleAnswerHint = "Choisissez qui répond en retard ou jamais pour voir les rappels, la transmission aux RH et les expirations qui s’ensuivent.",
        Managers = "Les managers qui approuvent une personne proposée (et les RH, une fois la demande transmise aux RH)",
        Selection = "Les RH qui choisissent les ambassadeurs",
        Agreement = "Les ambassadeurs qui acceptent l’accord",
        CheckIns = "Les points mensuels des ambassadeurs",
        PaceDay = "Après un jour",
        PaceLate = "En retard, après le rappel",
        PaceNever = "Jamais",
        PaceRefused = "Choisissez pour chaque rôle après un jour, en retard ou jamais (points mensuels : après un jour ou jamais).",
        KeptUntil = "Ce résultat et les pages qu’ouvrent ses e-mails sont conservés jusqu’au {0}, à cette adresse :",
        ItsButtonsOpen = "Ses boutons ouvrent :",
        EmailsHint = "Ouvrez un e-mail pour le lire tel que son destinataire le recevra. Ses boutons fonctionnent : ils ouvrent la page vers laquelle ils mènent, en aperçu, où rien n’est enregistré.",
        PreviewBanner = "Aperçu — rien n’est enregistré",
        PreviewExplains = "Voici la page qu’ouvre le bouton de l’e-mail pendant la simulation, telle que la voit son destinataire. Les boutons sont inactifs ici.",
        OutcomeAnswered = "Dans la simulation : réponse « {0} » de {1} le {2}.",
        OutcomeTimedOut = "Dans la simulation : personne n’a répondu ; la demande a expiré le {0}.",
        OutcomeAnsweredElsewhere = "Dans la simulation : clôturée dès que {0} a répondu à l’autre exemplaire de cette demande.",
        OutcomeOpen = "Dans la simulation : encore ouverte à la fin de la simulation.",
        OutcomeClosed = "Dans la simulation : clôturée sans réponse sur cette page (par exemple, la formation a été marquée comme terminée sur la plateforme d’apprentissage).",
        BackToResult = "Retour aux e-mails de la simulation",
        GoneTitle = "Cette simulation n’est plus conservée",
        UnknownTitle = "Simulation introuvable",
        KeptForADay = "Le résultat d’une simulation est conservé un jour. Rejouez-la pour en voir les pages.",
        NoSuchPage = "Cette page n’existe pas dans cette simulation.",
        OpeningTitle = "Ouverture de l’aperçu…",
        OpenPreview = "S’il ne s’ouvre pas tout seul, ouvrez-le ici.",
    };

    public static DryRunText Danish { get; } = new()
    {
        Language = "da",
        HowPeopleAnswer = "Sådan svarer folk",
        HowPeopleAnswerHint = "Vælg, hvem der svarer sent eller aldrig, for at se påmindelserne, eskaleringen til HR og de udløbne anmodninger, der følger.",
        Managers = "Ledere, der godkender en nomineret (og HR, når anmodningen er eskaleret til HR)",
        Selection = "HR, der vælger ambassadørerne",
        Agreement = "Ambassadører, der accepterer aftalen",
        CheckIns = "Ambassadørernes månedlige opfølgning",
        PaceDay = "Efter en dag",
        PaceLate = "Først efter påmindelsen",
        PaceNever = "Aldrig",
        PaceRefused = "Vælg for hver rolle efter en dag, først efter påmindelsen eller aldrig (opfølgning: efter en dag eller aldrig).",
        KeptUntil = "Resultatet og de sider, som e-mailene åbner, gemmes indtil {0} på denne adresse:",
        ItsButtonsOpen = "Knapperne åbner:",
        EmailsHint = "Åbn en e-mail for at læse den, som modtageren får den. Knapperne virker: de åbner den side, de fører til, som forhåndsvisning, hvor intet bliver registreret.",
        PreviewBanner = "Forhåndsvisning — intet bliver registreret",
        PreviewExplains = "Dette er siden, som knappen i e-mailen åbner i prøvekørslen, sådan som modtageren ser den. Knapperne gør ingenting her.",
        OutcomeAnswered = "I prøvekørslen: besvaret med »{0}« af {1} den {2}.",
        OutcomeTimedOut = "I prøvekørslen: ingen svarede; anmodningen udløb den {0}.",
        OutcomeAnsweredElsewhere = "I prøvekørslen: lukket, da {0} besvarede den anden kopi af anmodningen.",
        OutcomeOpen = "I prøvekørslen: stadig åben, da prøvekørslen stoppede.",
        OutcomeClosed = "I prøvekørslen: lukket uden svar på denne side (for eksempel fordi uddannelsen blev markeret som gennemført på læringsplatformen).",
        BackToResult = "Tilbage til prøvekørslens e-mails",
        GoneTitle = "Denne prøvekørsel gemmes ikke længere",
        UnknownTitle = "Prøvekørslen findes ikke",
        KeptForADay = "Resultatet af en prøvekørsel gemmes i en dag. Afspil den igen for at se siderne.",
        NoSuchPage = "Prøvekørslen har ingen sådan side.",
        OpeningTitle = "Forhåndsvisningen åbnes …",
        OpenPreview = "Åbner den ikke af sig selv, så åbn den her.",
    };

    public static IReadOnlyList<DryRunText> All { get; } = [English, Dutch, French, Danish];

    public static DryRunText For(string language) => All.FirstOrDefault(t => t.Language == language) ?? English;

    public string Format(string text, params object?[] args) => string.Format(System.Globalization.CultureInfo.GetCultureInfo(Language), text, args);

    public string Pace(DryRunPace pace) => pace switch
    {
        DryRunPace.Late => PaceLate,
        DryRunPace.Never => PaceNever,
        _ => PaceDay,
    };
}
