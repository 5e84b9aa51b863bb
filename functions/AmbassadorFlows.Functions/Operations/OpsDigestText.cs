namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// Every text of the ops digest in en, nl, fr and da, one language per email. Dates and times arrive
/// already written for the language (<see cref="Components.PageDates"/>: "24. februar 2027" in Danish).
/// </summary>
public sealed record OpsDigestText(
    string Language,
    string Title,
    Func<string, int, string> SubjectAttention,
    Func<string, string> SubjectAllClear,
    Func<string, string, string> Intro,
    string FailedHeading,
    Func<string, string, string, string, string> FailedLine,
    string FailedNone,
    string OverdueHeading,
    Func<string, string, string, string> OverdueLine,
    string OverdueNone,
    string MailHeading,
    Func<long, string, string, string, string> MailLine,
    string MailNone,
    Func<int, string> More,
    string AllClear,
    string NextSteps,
    string Footer)
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "nl", "fr", "da"];

    /// <summary>The text in <paramref name="language"/>; English for any other.</summary>
    public static OpsDigestText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    private static readonly OpsDigestText English = new(
        "en",
        "Daily ops digest",
        (day, n) => n == 1 ? $"AmbassadorFlows ops digest for {day}: 1 thing needs attention" : $"AmbassadorFlows ops digest for {day}: {n} things need attention",
        day => $"AmbassadorFlows ops digest for {day}: all clear",
        (day, zone) => $"What went wrong on {day} (times in {zone}), and what is still waiting now.",
        "Failed orchestrations",
        (name, id, at, reason) => $"{name} {id}, failed on {at}: {reason}",
        "No orchestration failed.",
        "Requests past their deadline",
        (kind, instance, due) => $"{kind} in {instance}, due {due}",
        "No request is waiting past its deadline.",
        "Email delivery failures",
        (id, at, subject, error) => $"Message {id} of {at}, “{subject}”: {error}",
        "Every email was delivered.",
        n => $"…and {n} more.",
        "Nothing failed and nothing is overdue: no action needed.",
        "Repair or restart a failed instance from its page in the dashboard (Ops role). A request past its deadline usually means its orchestration has stopped: open that instance. A failed email is retried by the activity that sends it; the outbox shows the error of each attempt.",
        "You get this digest every morning as the ops owner (setting AmbassadorFlows:Ops:Email).");

    private static readonly OpsDigestText Dutch = new(
        "nl",
        "Dagelijks operationeel overzicht",
        (day, n) => n == 1 ? $"AmbassadorFlows-opsoverzicht van {day}: 1 punt vraagt aandacht" : $"AmbassadorFlows-opsoverzicht van {day}: {n} punten vragen aandacht",
        day => $"AmbassadorFlows-opsoverzicht van {day}: alles in orde",
        (day, zone) => $"Wat er op {day} misging (tijden in {zone}) en wat nu nog wacht.",
        "Mislukte orchestraties",
        (name, id, at, reason) => $"{name} {id}, mislukt op {at}: {reason}",
        "Er is geen orchestratie mislukt.",
        "Verzoeken waarvan de termijn verstreken is",
        (kind, instance, due) => $"{kind} in {instance}, termijn verstreken op {due}",
        "Geen enkel verzoek wacht nog na afloop van de termijn.",
        "Mislukte e-mailbezorging",
        (id, at, subject, error) => $"Bericht {id} van {at}, ‘{subject}’: {error}",
        "Alle e-mails zijn bezorgd.",
        n => $"…en nog {n}.",
        "Niets mislukt en niets over tijd: er is geen actie nodig.",
        "Herstel of herstart een mislukte instantie via haar pagina in het dashboard (rol Ops). Een verzoek waarvan de termijn verstreken is, betekent meestal dat de orchestratie gestopt is: open die instantie. Een mislukte e-mail wordt opnieuw geprobeerd door de activiteit die hem verstuurt; de outbox toont de fout van elke poging.",
        "Je krijgt dit overzicht elke ochtend als ops-verantwoordelijke (instelling AmbassadorFlows:Ops:Email).");

    private static readonly OpsDigestText French = new(
        "fr",
        "Synthèse quotidienne d’exploitation",
        (day, n) => n == 1 ? $"Synthèse d’exploitation AmbassadorFlows du {day} : 1 point demande votre attention" : $"Synthèse d’exploitation AmbassadorFlows du {day} : {n} points demandent votre attention",
        day => $"Synthèse d’exploitation AmbassadorFlows du {day} : rien à signaler",
        (day, zone) => $"Ce qui a échoué le {day} (heures de {zone}) et ce qui attend encore maintenant.",
        "Orchestrations en échec",
        (name, id, at, reason) => $"{name} {id}, en échec le {at} : {reason}",
        "Aucune orchestration n’a échoué.",
        "Demandes dont l’échéance est dépassée",
        (kind, instance, due) => $"{kind} dans {instance}, échéance le {due}",
        "Aucune demande n’attend au-delà de son échéance.",
        "Échecs de remise d’e-mails",
        (id, at, subject, error) => $"Message {id} du {at}, « {subject} » : {error}",
        "Tous les e-mails ont été remis.",
        n => $"… et {n} de plus.",
        "Aucun échec, aucun retard : rien à faire.",
        "Réparez ou relancez une instance en échec depuis sa page du tableau de bord (rôle Ops). Une demande dont l’échéance est dépassée signifie le plus souvent que son orchestration s’est arrêtée : ouvrez cette instance. Un e-mail non remis est renvoyé par l’activité qui l’envoie ; la boîte d’envoi indique l’erreur de chaque tentative.",
        "Vous recevez cette synthèse chaque matin en tant que responsable de l’exploitation (paramètre AmbassadorFlows:Ops:Email).");

    private static readonly OpsDigestText Danish = new(
        "da",
        "Dagligt driftsoverblik",
        (day, n) => n == 1 ? $"AmbassadorFlows-driftsoverblik for {day}: 1 punkt kræver opmærksomhed" : $"AmbassadorFlows-driftsoverblik for {day}: {n} punkter kræver opmærksomhed",
        day => $"AmbassadorFlows-driftsoverblik for {day}: alt er i orden",
        (day, zone) => $"Hvad der gik galt den {day} (tider i {zone}), og hvad der stadig venter nu.",
        "Fejlede orkestreringer",
        (name, id, at, reason) => $"{name} {id}, fejlede den {at}: {reason}",
        "Ingen orkestrering fejlede.",
        "Anmodninger over fristen",
        (kind, instance, due) => $"{kind} i {instance}, frist den {due}",
        "Ingen anmodning venter ud over sin frist.",
        "Mislykkede e-mailleveringer",
        (id, at, subject, error) => $"Besked {id} fra den {at}, »{subject}«: {error}",
        "Alle e-mails blev leveret.",
        n => $"… og {n} mere.",
        "Intet fejlede, og intet er forsinket: der skal ikke gøres noget.",
        "Reparér eller genstart en fejlet instans fra dens side i dashboardet (rollen Ops). En anmodning over fristen betyder som regel, at dens orkestrering er stoppet: åbn den instans. En mislykket e-mail forsøges igen af den aktivitet, der sender den; udbakken viser fejlen ved hvert forsøg.",
        "Du får dette overblik hver morgen som driftsansvarlig (indstillingen AmbassadorFlows:Ops:Email).");
}
