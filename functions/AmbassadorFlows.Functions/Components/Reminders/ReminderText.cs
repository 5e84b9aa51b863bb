using System.Globalization;

namespace AmbassadorFlows.Functions.Components.Reminders;

/// <summary>The texts of HR's "send the manager a reminder" action (its page, its button in the
/// open-requests rows and on HR's escalated request page), in each language the app speaks.</summary>
public sealed class ReminderText
{
    public required string Language { get; init; }
    public required string Title { get; init; }

    /// <summary>{0}: whom the request waits for; {1}: the ambassador.</summary>
    public required string Intro { get; init; }
    public required string Request { get; init; }
    public required string About { get; init; }
    public required string WaitingFor { get; init; }
    public required string AskedOn { get; init; }
    public required string AnswerBy { get; init; }
    public required string Submit { get; init; }

    /// <summary>The short button in the open-requests rows.</summary>
    public required string Action { get; init; }

    /// <summary>{0}: name; {1}: email address; {2}: when.</summary>
    public required string Sent { get; init; }

    /// <summary>{0}: name; {1}: when.</summary>
    public required string AlreadySentAt { get; init; }

    /// <summary>{0}: name.</summary>
    public required string AlreadySentToday { get; init; }

    /// <summary>{0}: the language's name.</summary>
    public required string WrittenIn { get; init; }

    /// <summary>{0}: when.</summary>
    public required string NextFrom { get; init; }

    /// <summary>{0}: the request's id.</summary>
    public required string NotFound { get; init; }
    public required string NotRemindable { get; init; }

    /// <summary>{0}: who answered; {1}: when.</summary>
    public required string Answered { get; init; }
    public required string Closed { get; init; }
    public required string ToCohort { get; init; }

    /// <summary>For HR's escalated request page (a page behind an emailed link, in its reader's language).</summary>
    public required string EscalationHeading { get; init; }
    public required string EscalationHint { get; init; }
    public required string NameEn { get; init; }
    public required string NameNl { get; init; }
    public required string NameFr { get; init; }
    public required string NameDa { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string Format(string text, params object[] values) => string.Format(Culture, text, values);

    /// <summary>The name of the language a reminder was written in, as this text's reader says it.</summary>
    public string LanguageName(string language) => language switch
    {
        "nl" => NameNl,
        "fr" => NameFr,
        "da" => NameDa,
        _ => NameEn,
    };

    public static ReminderText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<ReminderText> All => [English, Dutch, French, Danish];

    public static ReminderText English { get; } = new()
    {
        Language = "en",
        Title = "Send the manager a reminder",
        Intro = "{0} has not yet answered whether {1} may take part. A reminder sends {0} the request again, in their language and with the same link to the request. One reminder a day.",
        Request = "Request",
        About = "About",
        WaitingFor = "Waiting for",
        AskedOn = "Asked on",
        AnswerBy = "Answer by",
        Submit = "Send the reminder",
        Action = "Send a reminder",
        Sent = "Reminder sent to {0} ({1}) on {2}.",
        AlreadySentAt = "A reminder already went to {0} today, on {1}. Nothing was sent again.",
        AlreadySentToday = "A reminder already went to {0} today. Nothing was sent again.",
        WrittenIn = "Written in {0}.",
        NextFrom = "The next reminder can be sent from {0}.",
        NotFound = "There is no request {0}.",
        NotRemindable = "Only a manager’s approval can be reminded from here; every other request sends its own reminders.",
        Answered = "This request has already been answered by {0} on {1}, so there is nobody to remind.",
        Closed = "This request is no longer open (answered by HR, past its deadline, or its programme round has ended), so there is nobody to remind.",
        ToCohort = "To the cohort’s page",
        EscalationHeading = "Would you rather the manager decided?",
        EscalationHint = "Send them a reminder: they get their request again, with the same link. You need to be signed in to the dashboard as HR.",
        NameEn = "English",
        NameNl = "Dutch",
        NameFr = "French",
        NameDa = "Danish",
    };

    public static ReminderText Dutch { get; } = new()
    {
        Language = "nl",
        Title = "Een herinnering naar de leidinggevende sturen",
        Intro = "{0} heeft nog niet geantwoord of {1} mag deelnemen. Met een herinnering krijgt {0} het verzoek opnieuw, in de eigen taal en met dezelfde link naar het verzoek. Eén herinnering per dag.",
        Request = "Verzoek",
        About = "Over",
        WaitingFor = "Wacht op",
        AskedOn = "Gevraagd op",
        AnswerBy = "Antwoord vóór",
        Submit = "Herinnering sturen",
        Action = "Herinnering sturen",
        Sent = "Herinnering gestuurd naar {0} ({1}) op {2}.",
        AlreadySentAt = "Er ging vandaag al een herinnering naar {0}, op {1}. Er is niets opnieuw verstuurd.",
        AlreadySentToday = "Er ging vandaag al een herinnering naar {0}. Er is niets opnieuw verstuurd.",
        WrittenIn = "Geschreven in het {0}.",
        NextFrom = "De volgende herinnering kan vanaf {0}.",
        NotFound = "Er is geen verzoek {0}.",
        NotRemindable = "Alleen voor de goedkeuring door een leidinggevende kun je hier een herinnering sturen; andere verzoeken sturen zelf hun herinneringen.",
        Answered = "{0} heeft dit verzoek al beantwoord op {1}, dus er valt niemand te herinneren.",
        Closed = "Dit verzoek staat niet meer open (beantwoord door HR, termijn verstreken of de programmaronde is afgelopen), dus er valt niemand te herinneren.",
        ToCohort = "Naar de pagina van de groep",
        EscalationHeading = "Liever dat de leidinggevende beslist?",
        EscalationHint = "Stuur een herinnering: die persoon krijgt het verzoek opnieuw, met dezelfde link. Je moet daarvoor als HR aangemeld zijn op het dashboard.",
        NameEn = "Engels",
        NameNl = "Nederlands",
        NameFr = "Frans",
        NameDa = "Deens",
    };

    public static ReminderText French { get; } = new()
    {
        Language = "fr",
        Title = "Envoyer un rappel à la hiérarchie",
        Intro = "{0} n’a pas encore indiqué si {1} peut participer. Un rappel renvoie la demande à {0}, dans sa langue et avec le même lien vers la demande. Un rappel par jour au plus.",
        Request = "Demande",
        About = "Concerne",
        WaitingFor = "En attente de",
        AskedOn = "Demandée le",
        AnswerBy = "Réponse avant le",
        Submit = "Envoyer le rappel",
        Action = "Envoyer un rappel",
        Sent = "Rappel envoyé à {0} ({1}) le {2}.",
        AlreadySentAt = "Un rappel a déjà été envoyé à {0} aujourd’hui, le {1}. Rien n’a été renvoyé.",
        AlreadySentToday = "Un rappel a déjà été envoyé à {0} aujourd’hui. Rien n’a été renvoyé.",
        WrittenIn = "Langue du message : {0}.",
        NextFrom = "Le prochain rappel pourra être envoyé à partir du {0}.",
        NotFound = "Il n’existe pas de demande {0}.",
        NotRemindable = "Seule une demande d’approbation adressée à la hiérarchie peut faire l’objet d’un rappel ici ; les autres demandes envoient leurs propres rappels.",
        Answered = "{0} a déjà répondu à cette demande le {1} : il n’y a personne à relancer.",
        Closed = "Cette demande n’est plus ouverte (réponse des RH, délai dépassé ou session du programme terminée) : il n’y a personne à relancer.",
        ToCohort = "Vers la page de la promotion",
        EscalationHeading = "Vous préférez que la hiérarchie décide ?",
        EscalationHint = "Envoyez-lui un rappel : la demande lui parvient à nouveau, avec le même lien. Vous devez être connecté·e au tableau de bord avec le rôle RH.",
        NameEn = "anglais",
        NameNl = "néerlandais",
        NameFr = "français",
        NameDa = "danois",
    };

    public static ReminderText Danish { get; } = new()
    {
        Language = "da",
        Title = "Send lederen en påmindelse",
        Intro = "{0} har endnu ikke svaret på, om {1} må deltage. En påmindelse sender anmodningen til {0} igen, på vedkommendes sprog og med det samme link til anmodningen. Højst én påmindelse om dagen.",
        Request = "Anmodning",
        About = "Om",
        WaitingFor = "Venter på",
        AskedOn = "Sendt",
        AnswerBy = "Svar senest",
        Submit = "Send påmindelsen",
        Action = "Send en påmindelse",
        Sent = "Påmindelse sendt til {0} ({1}) {2}.",
        AlreadySentAt = "{0} har allerede fået en påmindelse i dag, {1}. Der er ikke sendt noget igen.",
        AlreadySentToday = "{0} har allerede fået en påmindelse i dag. Der er ikke sendt noget igen.",
        WrittenIn = "Skrevet på {0}.",
        NextFrom = "Næste påmindelse kan sendes fra {0}.",
        NotFound = "Der findes ingen anmodning {0}.",
        NotRemindable = "Kun en leders godkendelse kan påmindes herfra; alle andre anmodninger sender selv deres påmindelser.",
        Answered = "{0} har allerede svaret på anmodningen {1}, så der er ingen at påminde.",
        Closed = "Anmodningen er ikke længere åben (besvaret af HR, fristen er overskredet, eller programmets runde er slut), så der er ingen at påminde.",
        ToCohort = "Til holdets side",
        EscalationHeading = "Vil du hellere have, at lederen beslutter?",
        EscalationHint = "Send en påmindelse: lederen får anmodningen igen med det samme link. Du skal være logget ind på dashboardet som HR.",
        NameEn = "engelsk",
        NameNl = "nederlandsk",
        NameFr = "fransk",
        NameDa = "dansk",
    };
}
