using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Components.Ops;

/// <summary>
/// The texts of Ops' pages (an instance with its repairs, the failed and stuck list) in en, nl, fr and da.
/// Each language is built with <c>new()</c>, so a text missing in one does not compile. Razor encodes
/// them; {0}, {1} are filled with <see cref="string.Format(IFormatProvider, string, object?[])"/>.
/// Engine data (statuses, orchestrator names, event names, failure messages) is never translated.
/// </summary>
public sealed record OpsText
{
    public required string Language { get; init; }

    /// <summary>The navigation's link to the failed and stuck list.</summary>
    public required string Repairs { get; init; }

    /// <summary>The header navigation's accessible name.</summary>
    public required string Navigation { get; init; }

    public required string Created { get; init; }

    public required string Updated { get; init; }

    public required string PartOf { get; init; }

    public required string FailedWith { get; init; }

    public required string Repair { get; init; }

    public required string RepairIntro { get; init; }

    public required string RaiseEvent { get; init; }

    public required string RaiseEventHint { get; init; }

    public required string EventName { get; init; }

    /// <summary>{0}: the event names open requests wait for.</summary>
    public required string AwaitedEvents { get; init; }

    public required string EventData { get; init; }

    public required string EventDataHint { get; init; }

    public required string Terminate { get; init; }

    public required string TerminateHint { get; init; }

    public required string Reason { get; init; }

    public required string OptionalReason { get; init; }

    public required string Suspend { get; init; }

    public required string SuspendHint { get; init; }

    public required string Resume { get; init; }

    public required string ResumeHint { get; init; }

    public required string Purge { get; init; }

    public required string PurgeHint { get; init; }

    public required string PurgeOnlyFinished { get; init; }

    public required string FinishedNoCommands { get; init; }

    public required string Confirm { get; init; }

    public required string ConfirmRequired { get; init; }

    public required string EventNameRequired { get; init; }

    /// <summary>{0}: the JSON parser's message (English, technical).</summary>
    public required string EventDataNotJson { get; init; }

    public required string ReasonRequired { get; init; }

    public required string FormHasErrors { get; init; }

    /// <summary>{0}: the event name.</summary>
    public required string DoneEventRaised { get; init; }

    public required string DoneTerminated { get; init; }

    public required string DoneSuspended { get; init; }

    public required string DoneResumed { get; init; }

    /// <summary>{0}: the instance id.</summary>
    public required string DonePurged { get; init; }

    /// <summary>{0}: the status.</summary>
    public required string ConflictFinished { get; init; }

    /// <summary>{0}: the status.</summary>
    public required string ConflictNotFinished { get; init; }

    public required string ConflictTitle { get; init; }

    // The failed and stuck list.
    public required string ListTitle { get; init; }

    public required string ListIntro { get; init; }

    public required string Failed { get; init; }

    public required string NoFailed { get; init; }

    public required string Stuck { get; init; }

    public required string NoStuck { get; init; }

    public required string Fix { get; init; }

    public required string FixFailed { get; init; }

    /// <summary>{0}: how many requests; {1}: the earliest deadline.</summary>
    public required string StuckPastDeadline { get; init; }

    /// <summary>{0}: the event names awaited.</summary>
    public required string FixStuck { get; init; }

    public required string SuspendedReason { get; init; }

    public required string FixSuspended { get; init; }

    public static OpsText English { get; } = new()
    {
        Language = "en",
        Repairs = "Repairs",
        Navigation = "Pages",
        Created = "Started",
        Updated = "Last change",
        PartOf = "Part of",
        FailedWith = "Failed with",
        Repair = "Repair",
        RepairIntro = "Each action asks you to confirm it and is recorded in the audit below under your name.",
        RaiseEvent = "Raise an event",
        RaiseEventHint = "Delivers an event as if the awaited answer had arrived.",
        EventName = "Event name",
        AwaitedEvents = "Open requests wait for: {0}",
        EventData = "Event data (JSON)",
        EventDataHint = "Leave it empty to send no data.",
        Terminate = "Terminate",
        TerminateHint = "Stops the instance for good. Its open requests can no longer be answered.",
        Reason = "Reason",
        OptionalReason = "Reason (optional)",
        Suspend = "Suspend",
        SuspendHint = "Pauses the instance. Events and timers wait until it is resumed.",
        Resume = "Resume",
        ResumeHint = "Lets the instance carry on where it paused.",
        Purge = "Purge",
        PurgeHint = "Deletes this finished instance and its history for good. The audit keeps the record of it.",
        PurgeOnlyFinished = "Purging is possible once the instance has finished: terminate it first.",
        FinishedNoCommands = "This instance has finished, so it takes no events or commands any more.",
        Confirm = "Yes, I am sure",
        ConfirmRequired = "Tick “Yes, I am sure” to confirm.",
        EventNameRequired = "Event name: enter the name of the event.",
        EventDataNotJson = "Event data (JSON) is not valid JSON: {0}",
        ReasonRequired = "Reason: say why you terminate the instance.",
        FormHasErrors = "Nothing was done yet: correct the form below.",
        DoneEventRaised = "Event {0} was sent. The instance handles it on its next turn: reload the page to see it in the history.",
        DoneTerminated = "Termination was requested. The instance stops on its next turn: reload the page to see the status Terminated.",
        DoneSuspended = "Suspension was requested. Reload the page to see the status Suspended.",
        DoneResumed = "Resumption was requested. Reload the page to see the instance running again.",
        DonePurged = "Instance {0} and its history were purged.",
        ConflictFinished = "Not done: the instance is {0}. A finished instance takes no events or commands; purge it if it is no longer needed.",
        ConflictNotFinished = "Not done: the instance is {0}. Only a finished instance can be purged. Terminate it first; if you just did, wait until its status is Terminated and try again.",
        ConflictTitle = "Not possible in this state",
        ListTitle = "Failed and stuck instances",
        ListIntro = "Orchestrations that need someone: failed ones, suspended ones, and running ones whose requests are more than a day past their deadline (their time-out should have ended the wait).",
        Failed = "Failed",
        NoFailed = "No failed instances.",
        Stuck = "Stuck",
        NoStuck = "Nothing is stuck.",
        Fix = "What fixes it",
        FixFailed = "Open it and read the failure. Once the cause is fixed, purge it; a cohort is then started again through the HR API.",
        StuckPastDeadline = "{0} request(s) past the deadline of {1}",
        FixStuck = "Open it and raise the awaited event ({0}), or terminate it.",
        SuspendedReason = "Suspended",
        FixSuspended = "Open it and resume it, or terminate it.",
    };

    public static OpsText Dutch { get; } = new()
    {
        Language = "nl",
        Repairs = "Herstel",
        Navigation = "Pagina’s",
        Created = "Gestart",
        Updated = "Laatste wijziging",
        PartOf = "Onderdeel van",
        FailedWith = "Mislukt met",
        Repair = "Herstellen",
        RepairIntro = "Elke actie vraagt om een bevestiging en komt onder uw naam in de auditlog hieronder.",
        RaiseEvent = "Een gebeurtenis versturen",
        RaiseEventHint = "Levert een gebeurtenis af alsof het verwachte antwoord is binnengekomen.",
        EventName = "Naam van de gebeurtenis",
        AwaitedEvents = "Open verzoeken wachten op: {0}",
        EventData = "Gegevens van de gebeurtenis (JSON)",
        EventDataHint = "Laat dit leeg om geen gegevens mee te sturen.",
        Terminate = "Beëindigen",
        TerminateHint = "Stopt de instantie definitief. Open verzoeken kunnen dan niet meer worden beantwoord.",
        Reason = "Reden",
        OptionalReason = "Reden (optioneel)",
        Suspend = "Pauzeren",
        SuspendHint = "Zet de instantie stil. Gebeurtenissen en timers wachten tot ze wordt hervat.",
        Resume = "Hervatten",
        ResumeHint = "Laat de instantie verdergaan waar ze stilstond.",
        Purge = "Wissen",
        PurgeHint = "Verwijdert deze afgeronde instantie en haar geschiedenis definitief. De auditlog bewaart dat het gebeurd is.",
        PurgeOnlyFinished = "Wissen kan zodra de instantie is afgerond: beëindig haar eerst.",
        FinishedNoCommands = "Deze instantie is afgerond en neemt geen gebeurtenissen of opdrachten meer aan.",
        Confirm = "Ja, ik weet het zeker",
        ConfirmRequired = "Vink “Ja, ik weet het zeker” aan om te bevestigen.",
        EventNameRequired = "Naam van de gebeurtenis: vul de naam van de gebeurtenis in.",
        EventDataNotJson = "Gegevens van de gebeurtenis (JSON) is geen geldige JSON: {0}",
        ReasonRequired = "Reden: geef aan waarom u de instantie beëindigt.",
        FormHasErrors = "Er is nog niets gedaan: verbeter het formulier hieronder.",
        DoneEventRaised = "Gebeurtenis {0} is verstuurd. De instantie verwerkt die bij haar volgende beurt: laad de pagina opnieuw om haar in de geschiedenis te zien.",
        DoneTerminated = "Beëindiging is aangevraagd. De instantie stopt bij haar volgende beurt: laad de pagina opnieuw om de status Terminated te zien.",
        DoneSuspended = "Pauzeren is aangevraagd. Laad de pagina opnieuw om de status Suspended te zien.",
        DoneResumed = "Hervatten is aangevraagd. Laad de pagina opnieuw om de instantie weer te zien lopen.",
        DonePurged = "Instantie {0} en haar geschiedenis zijn gewist.",
        ConflictFinished = "Niet uitgevoerd: de instantie is {0}. Een afgeronde instantie neemt geen gebeurtenissen of opdrachten meer aan; wis haar als ze niet meer nodig is.",
        ConflictNotFinished = "Niet uitgevoerd: de instantie is {0}. Alleen een afgeronde instantie kan worden gewist. Beëindig haar eerst; hebt u dat net gedaan, wacht dan tot de status Terminated is en probeer het opnieuw.",
        ConflictTitle = "Niet mogelijk in deze toestand",
        ListTitle = "Mislukte en vastgelopen instanties",
        ListIntro = "Orkestraties die iemand nodig hebben: mislukte, gepauzeerde, en lopende waarvan verzoeken meer dan een dag over hun deadline zijn (hun time-out had het wachten moeten beëindigen).",
        Failed = "Mislukt",
        NoFailed = "Geen mislukte instanties.",
        Stuck = "Vastgelopen",
        NoStuck = "Niets is vastgelopen.",
        Fix = "Wat het oplost",
        FixFailed = "Open haar en lees de fout. Wis haar zodra de oorzaak is verholpen; een cohort start u daarna opnieuw via de HR-API.",
        StuckPastDeadline = "{0} verzoek(en) over de deadline van {1}",
        FixStuck = "Open haar en verstuur de verwachte gebeurtenis ({0}), of beëindig haar.",
        SuspendedReason = "Gepauzeerd",
        FixSuspended = "Open haar en hervat haar, of beëindig haar.",
    };

    public static OpsText French { get; } = new()
    {
        Language = "fr",
        Repairs = "Réparations",
        Navigation = "Pages",
        Created = "Démarrée",
        Updated = "Dernière modification",
        PartOf = "Fait partie de",
        FailedWith = "Échec :",
        Repair = "Réparer",
        RepairIntro = "Chaque action demande une confirmation et est inscrite à votre nom dans le journal d’audit ci-dessous.",
        RaiseEvent = "Envoyer un évènement",
        RaiseEventHint = "Transmet un évènement comme si la réponse attendue était arrivée.",
        EventName = "Nom de l’évènement",
        AwaitedEvents = "Les demandes ouvertes attendent : {0}",
        EventData = "Données de l’évènement (JSON)",
        EventDataHint = "Laissez vide pour n’envoyer aucune donnée.",
        Terminate = "Arrêter",
        TerminateHint = "Arrête l’instance définitivement. Ses demandes ouvertes ne pourront plus recevoir de réponse.",
        Reason = "Motif",
        OptionalReason = "Motif (facultatif)",
        Suspend = "Suspendre",
        SuspendHint = "Met l’instance en pause. Les évènements et les minuteries attendent sa reprise.",
        Resume = "Reprendre",
        ResumeHint = "L’instance continue là où elle s’était arrêtée.",
        Purge = "Purger",
        PurgeHint = "Supprime définitivement cette instance terminée et son historique. Le journal d’audit en garde la trace.",
        PurgeOnlyFinished = "La purge est possible une fois l’instance terminée : arrêtez-la d’abord.",
        FinishedNoCommands = "Cette instance est terminée : elle n’accepte plus ni évènements ni commandes.",
        Confirm = "Oui, j’en suis sûr·e",
        ConfirmRequired = "Cochez « Oui, j’en suis sûr·e » pour confirmer.",
        EventNameRequired = "Nom de l’évènement : saisissez le nom de l’évènement.",
        EventDataNotJson = "Données de l’évènement (JSON) : ce n’est pas du JSON valide : {0}",
        ReasonRequired = "Motif : indiquez pourquoi vous arrêtez l’instance.",
        FormHasErrors = "Rien n’a encore été fait : corrigez le formulaire ci-dessous.",
        DoneEventRaised = "L’évènement {0} a été envoyé. L’instance le traite à son prochain tour : rechargez la page pour le voir dans l’historique.",
        DoneTerminated = "L’arrêt a été demandé. L’instance s’arrête à son prochain tour : rechargez la page pour voir le statut Terminated.",
        DoneSuspended = "La suspension a été demandée. Rechargez la page pour voir le statut Suspended.",
        DoneResumed = "La reprise a été demandée. Rechargez la page pour voir l’instance repartir.",
        DonePurged = "L’instance {0} et son historique ont été purgés.",
        ConflictFinished = "Rien n’a été fait : l’instance est {0}. Une instance terminée n’accepte plus ni évènements ni commandes ; purgez-la si elle n’est plus utile.",
        ConflictNotFinished = "Rien n’a été fait : l’instance est {0}. Seule une instance terminée peut être purgée. Arrêtez-la d’abord ; si vous venez de le faire, attendez que son statut soit Terminated et réessayez.",
        ConflictTitle = "Impossible dans cet état",
        ListTitle = "Instances en échec ou bloquées",
        ListIntro = "Les orchestrations qui ont besoin de quelqu’un : celles en échec, celles suspendues, et celles en cours dont des demandes ont dépassé leur échéance de plus d’un jour (leur délai aurait dû mettre fin à l’attente).",
        Failed = "En échec",
        NoFailed = "Aucune instance en échec.",
        Stuck = "Bloquées",
        NoStuck = "Rien n’est bloqué.",
        Fix = "Ce qui la répare",
        FixFailed = "Ouvrez-la et lisez l’erreur. Une fois la cause corrigée, purgez-la ; une cohorte se relance ensuite par l’API RH.",
        StuckPastDeadline = "{0} demande(s) au-delà de l’échéance du {1}",
        FixStuck = "Ouvrez-la et envoyez l’évènement attendu ({0}), ou arrêtez-la.",
        SuspendedReason = "Suspendue",
        FixSuspended = "Ouvrez-la et reprenez-la, ou arrêtez-la.",
    };

    public static OpsText Danish { get; } = new()
    {
        Language = "da",
        Repairs = "Reparationer",
        Navigation = "Sider",
        Created = "Startet",
        Updated = "Senest ændret",
        PartOf = "Del af",
        FailedWith = "Fejlede med",
        Repair = "Reparér",
        RepairIntro = "Hver handling skal bekræftes og registreres under dit navn i revisionsloggen nedenfor.",
        RaiseEvent = "Send en hændelse",
        RaiseEventHint = "Leverer en hændelse, som om det ventede svar var kommet.",
        EventName = "Hændelsens navn",
        AwaitedEvents = "Åbne anmodninger venter på: {0}",
        EventData = "Hændelsens data (JSON)",
        EventDataHint = "Lad feltet stå tomt for at sende uden data.",
        Terminate = "Afslut",
        TerminateHint = "Stopper instansen for altid. Dens åbne anmodninger kan ikke længere besvares.",
        Reason = "Begrundelse",
        OptionalReason = "Begrundelse (valgfri)",
        Suspend = "Sæt på pause",
        SuspendHint = "Sætter instansen på pause. Hændelser og timere venter, til den genoptages.",
        Resume = "Genoptag",
        ResumeHint = "Lader instansen fortsætte, hvor den stoppede.",
        Purge = "Slet",
        PurgeHint = "Sletter denne afsluttede instans og dens historik for altid. Revisionsloggen bevarer, at det skete.",
        PurgeOnlyFinished = "Sletning er mulig, når instansen er afsluttet: afslut den først.",
        FinishedNoCommands = "Denne instans er afsluttet og modtager ikke længere hændelser eller kommandoer.",
        Confirm = "Ja, jeg er sikker",
        ConfirmRequired = "Sæt hak i “Ja, jeg er sikker” for at bekræfte.",
        EventNameRequired = "Hændelsens navn: skriv hændelsens navn.",
        EventDataNotJson = "Hændelsens data (JSON) er ikke gyldig JSON: {0}",
        ReasonRequired = "Begrundelse: skriv, hvorfor du afslutter instansen.",
        FormHasErrors = "Intet er gjort endnu: ret formularen nedenfor.",
        DoneEventRaised = "Hændelsen {0} er sendt. Instansen behandler den i sin næste tur: genindlæs siden for at se den i historikken.",
        DoneTerminated = "Afslutning er anmodet. Instansen stopper i sin næste tur: genindlæs siden for at se status Terminated.",
        DoneSuspended = "Pause er anmodet. Genindlæs siden for at se status Suspended.",
        DoneResumed = "Genoptagelse er anmodet. Genindlæs siden for at se instansen køre igen.",
        DonePurged = "Instansen {0} og dens historik er slettet.",
        ConflictFinished = "Ikke udført: instansen er {0}. En afsluttet instans modtager ikke hændelser eller kommandoer; slet den, hvis den ikke længere skal bruges.",
        ConflictNotFinished = "Ikke udført: instansen er {0}. Kun en afsluttet instans kan slettes. Afslut den først; har du lige gjort det, så vent, til status er Terminated, og prøv igen.",
        ConflictTitle = "Ikke muligt i denne tilstand",
        ListTitle = "Fejlede og fastlåste instanser",
        ListIntro = "Orkestreringer, der har brug for en person: fejlede, dem på pause, og kørende, hvor anmodninger er mere end en dag over fristen (deres timeout burde have afsluttet ventetiden).",
        Failed = "Fejlede",
        NoFailed = "Ingen fejlede instanser.",
        Stuck = "Fastlåste",
        NoStuck = "Intet er fastlåst.",
        Fix = "Det løser det",
        FixFailed = "Åbn den og læs fejlen. Når årsagen er rettet, så slet den; et hold startes derefter igen via HR-API’et.",
        StuckPastDeadline = "{0} anmodning(er) over fristen {1}",
        FixStuck = "Åbn den og send den ventede hændelse ({0}), eller afslut den.",
        SuspendedReason = "På pause",
        FixSuspended = "Åbn den og genoptag den, eller afslut den.",
    };

    public static IReadOnlyList<OpsText> All { get; } = [English, Dutch, French, Danish];

    public static OpsText For(string? language)
        => PageLanguage.Find(language) is { } code ? All.First(t => t.Language == code) : English;

    public string Format(string text, params object?[] args) => string.Format(System.Globalization.CultureInfo.GetCultureInfo(Language), text, args);
}
