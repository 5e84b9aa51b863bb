using System.Globalization;

namespace AmbassadorFlows.Functions.Components.People;

/// <summary>The texts of HR's people pages (find a person, their page, erasure, leaving the company),
/// in each language the dashboard speaks.</summary>
public sealed class PeopleText
{
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string SearchIntro { get; init; }
    public required string SearchLabel { get; init; }
    public required string Find { get; init; }
    public required string NoneFound { get; init; }
    public required string Found { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Department { get; init; }
    public required string JobTitle { get; init; }
    public required string Region { get; init; }
    public required string Manager { get; init; }
    public required string EmployeeId { get; init; }
    public required string PageIntro { get; init; }
    public required string Journeys { get; init; }
    public required string NoJourneys { get; init; }
    public required string Cohort { get; init; }
    public required string Step { get; init; }
    public required string Status { get; init; }
    public required string Erased { get; init; }
    public required string OpenRequests { get; init; }
    public required string NoOpenRequests { get; init; }
    public required string Request { get; init; }
    public required string AskedOf { get; init; }
    public required string AnswerBy { get; init; }
    public required string Mail { get; init; }
    public required string NoMail { get; init; }
    public required string Sent { get; init; }
    public required string Subject { get; init; }
    public required string TheirData { get; init; }
    public required string ExportIntro { get; init; }
    public required string Export { get; init; }
    public required string LeftTitle { get; init; }
    public required string LeftIntro { get; init; }
    public required string LastWorkingDay { get; init; }
    public required string RecordLeft { get; init; }
    public required string LeftRecorded { get; init; }
    public required string NothingRunning { get; init; }
    public required string EraseTitle { get; init; }
    public required string EraseIntro { get; init; }
    public required string EraseConfirm { get; init; }
    public required string Erase { get; init; }
    public required string EraseNotConfirmed { get; init; }
    public required string EraseBlocked { get; init; }
    public required string ErasedDone { get; init; }
    public required string BackToPeople { get; init; }
    public required string NoSuchPerson { get; init; }
    public required string NotADate { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string Format(string text, params object[] values) => string.Format(Culture, text, values);

    public static PeopleText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<PeopleText> All => [English, Dutch, French, Danish];

    public static PeopleText English { get; } = new()
    {
        Language = "en",
        Title = "People",
        SearchIntro = "Find a person to see their journeys, open requests and mail, to download their data, to record that they have left, or to erase them.",
        SearchLabel = "Name, email address or employee ID",
        Find = "Find",
        NoneFound = "Nobody in the directory matches “{0}”.",
        Found = "People matching “{0}”",
        Name = "Name",
        Email = "Email address",
        Department = "Department",
        JobTitle = "Job",
        Region = "Region",
        Manager = "Manager",
        EmployeeId = "Employee ID",
        PageIntro = "Opening this page is recorded in the audit trail.",
        Journeys = "Journeys",
        NoJourneys = "No journey in any cohort.",
        Cohort = "Cohort",
        Step = "Step",
        Status = "Status",
        Erased = "erased on {0}",
        OpenRequests = "Open requests about them",
        NoOpenRequests = "No open request.",
        Request = "Request",
        AskedOf = "Asked of",
        AnswerBy = "Answer by",
        Mail = "Mail sent to them",
        NoMail = "No mail sent to them.",
        Sent = "Sent",
        Subject = "Subject",
        TheirData = "Their data",
        ExportIntro = "Everything AmbassadorFlows holds about this person, as a JSON file (for a request for access). The download is recorded in the audit trail.",
        Export = "Download their data",
        LeftTitle = "Left the company",
        LeftIntro = "Ends each of their running journeys now: no more requests or mail go to them, and their open requests close.",
        LastWorkingDay = "Last working day (optional)",
        RecordLeft = "Record that they have left",
        LeftRecorded = "Recorded: {0} journeys are ending.",
        NothingRunning = "None of their journeys is running, so there was nothing to end.",
        EraseTitle = "Erase them now",
        EraseIntro = "Removes their name, answers and mail from every store and purges their journeys' histories, as happens anyway when their retention period ends. This cannot be undone.",
        EraseConfirm = "I understand that everything held about {0} is erased and cannot be restored.",
        Erase = "Erase now",
        EraseNotConfirmed = "Please tick the box to confirm the erasure.",
        EraseBlocked = "Nothing was erased: a journey of theirs is still running. Record that they have left the company first (this ends it), then erase.",
        ErasedDone = "Everything held about {0} has been erased: {1} journeys purged, {2} records changed.",
        BackToPeople = "Back to people",
        NoSuchPerson = "No person {0} in the directory or in any store.",
        NotADate = "Please enter a date, for example {0}.",
    };

    public static PeopleText Dutch { get; } = new()
    {
        Language = "nl",
        Title = "Mensen",
        SearchIntro = "Zoek iemand op om hun trajecten, openstaande vragen en e-mails te zien, hun gegevens te downloaden, vast te leggen dat ze vertrokken zijn, of hun gegevens te wissen.",
        SearchLabel = "Naam, e-mailadres of personeelsnummer",
        Find = "Zoeken",
        NoneFound = "Niemand in de personeelsgids komt overeen met ‘{0}’.",
        Found = "Mensen die overeenkomen met ‘{0}’",
        Name = "Naam",
        Email = "E-mailadres",
        Department = "Afdeling",
        JobTitle = "Functie",
        Region = "Regio",
        Manager = "Leidinggevende",
        EmployeeId = "Personeelsnummer",
        PageIntro = "Het openen van deze pagina wordt in het auditlogboek vastgelegd.",
        Journeys = "Trajecten",
        NoJourneys = "Geen traject in een groep.",
        Cohort = "Groep",
        Step = "Stap",
        Status = "Status",
        Erased = "gewist op {0}",
        OpenRequests = "Openstaande vragen over hen",
        NoOpenRequests = "Geen openstaande vraag.",
        Request = "Vraag",
        AskedOf = "Gesteld aan",
        AnswerBy = "Antwoord vóór",
        Mail = "E-mails aan hen",
        NoMail = "Geen e-mails aan hen verstuurd.",
        Sent = "Verstuurd",
        Subject = "Onderwerp",
        TheirData = "Hun gegevens",
        ExportIntro = "Alles wat AmbassadorFlows over deze persoon bewaart, als JSON-bestand (voor een inzageverzoek). Het downloaden wordt in het auditlogboek vastgelegd.",
        Export = "Hun gegevens downloaden",
        LeftTitle = "Uit dienst",
        LeftIntro = "Beëindigt nu elk lopend traject van hen: er gaan geen vragen of e-mails meer naar hen, en hun openstaande vragen worden gesloten.",
        LastWorkingDay = "Laatste werkdag (optioneel)",
        RecordLeft = "Vastleggen dat ze uit dienst zijn",
        LeftRecorded = "Vastgelegd: {0} trajecten worden beëindigd.",
        NothingRunning = "Geen van hun trajecten loopt nog, dus er viel niets te beëindigen.",
        EraseTitle = "Nu wissen",
        EraseIntro = "Verwijdert hun naam, antwoorden en e-mails uit elke opslag en wist de geschiedenis van hun trajecten, zoals sowieso gebeurt wanneer hun bewaartermijn afloopt. Dit kan niet ongedaan worden gemaakt.",
        EraseConfirm = "Ik begrijp dat alles wat over {0} bewaard wordt, gewist wordt en niet kan worden hersteld.",
        Erase = "Nu wissen",
        EraseNotConfirmed = "Vink het vakje aan om het wissen te bevestigen.",
        EraseBlocked = "Er is niets gewist: een traject van hen loopt nog. Leg eerst vast dat ze uit dienst zijn (dat beëindigt het traject) en wis daarna.",
        ErasedDone = "Alles wat over {0} bewaard werd, is gewist: {1} trajecten gewist, {2} records gewijzigd.",
        BackToPeople = "Terug naar mensen",
        NoSuchPerson = "Geen persoon {0} in de personeelsgids of in een opslag.",
        NotADate = "Vul een datum in, bijvoorbeeld {0}.",
    };

    public static PeopleText French { get; } = new()
    {
        Language = "fr",
        Title = "Personnes",
        SearchIntro = "Recherchez une personne pour voir ses parcours, ses demandes en attente et ses e-mails, télécharger ses données, enregistrer son départ ou effacer ses données.",
        SearchLabel = "Nom, adresse e-mail ou matricule",
        Find = "Rechercher",
        NoneFound = "Personne dans l'annuaire ne correspond à « {0} ».",
        Found = "Personnes correspondant à « {0} »",
        Name = "Nom",
        Email = "Adresse e-mail",
        Department = "Service",
        JobTitle = "Fonction",
        Region = "Région",
        Manager = "Responsable",
        EmployeeId = "Matricule",
        PageIntro = "L'ouverture de cette page est enregistrée dans le journal d'audit.",
        Journeys = "Parcours",
        NoJourneys = "Aucun parcours dans une cohorte.",
        Cohort = "Cohorte",
        Step = "Étape",
        Status = "Statut",
        Erased = "effacé le {0}",
        OpenRequests = "Demandes en attente la concernant",
        NoOpenRequests = "Aucune demande en attente.",
        Request = "Demande",
        AskedOf = "Adressée à",
        AnswerBy = "Réponse avant le",
        Mail = "E-mails qui lui ont été envoyés",
        NoMail = "Aucun e-mail ne lui a été envoyé.",
        Sent = "Envoyé",
        Subject = "Objet",
        TheirData = "Ses données",
        ExportIntro = "Tout ce qu'AmbassadorFlows conserve sur cette personne, dans un fichier JSON (pour une demande d'accès). Le téléchargement est enregistré dans le journal d'audit.",
        Export = "Télécharger ses données",
        LeftTitle = "Départ de l'entreprise",
        LeftIntro = "Met fin dès maintenant à chacun de ses parcours en cours : plus aucune demande ni aucun e-mail ne lui est envoyé, et ses demandes en attente sont closes.",
        LastWorkingDay = "Dernier jour de travail (facultatif)",
        RecordLeft = "Enregistrer son départ",
        LeftRecorded = "Enregistré : {0} parcours prennent fin.",
        NothingRunning = "Aucun de ses parcours n'est en cours : il n'y avait rien à terminer.",
        EraseTitle = "Effacer maintenant",
        EraseIntro = "Supprime son nom, ses réponses et ses e-mails de tous les stockages et purge l'historique de ses parcours, comme cela se fait de toute façon à la fin de sa durée de conservation. Cette action est irréversible.",
        EraseConfirm = "Je comprends que tout ce qui est conservé sur {0} sera effacé sans possibilité de restauration.",
        Erase = "Effacer maintenant",
        EraseNotConfirmed = "Veuillez cocher la case pour confirmer l'effacement.",
        EraseBlocked = "Rien n'a été effacé : un de ses parcours est encore en cours. Enregistrez d'abord son départ de l'entreprise (cela y met fin), puis effacez.",
        ErasedDone = "Tout ce qui était conservé sur {0} a été effacé : {1} parcours purgés, {2} enregistrements modifiés.",
        BackToPeople = "Retour aux personnes",
        NoSuchPerson = "Aucune personne {0} dans l'annuaire ni dans un stockage.",
        NotADate = "Veuillez saisir une date, par exemple {0}.",
    };

    public static PeopleText Danish { get; } = new()
    {
        Language = "da",
        Title = "Personer",
        SearchIntro = "Find en person for at se deres forløb, åbne anmodninger og e-mails, hente deres data, registrere at de er fratrådt, eller slette dem.",
        SearchLabel = "Navn, e-mailadresse eller medarbejdernummer",
        Find = "Søg",
        NoneFound = "Ingen i medarbejderkataloget passer på „{0}“.",
        Found = "Personer, der passer på „{0}“",
        Name = "Navn",
        Email = "E-mailadresse",
        Department = "Afdeling",
        JobTitle = "Stilling",
        Region = "Region",
        Manager = "Leder",
        EmployeeId = "Medarbejdernummer",
        PageIntro = "Når siden åbnes, registreres det i revisionssporet.",
        Journeys = "Forløb",
        NoJourneys = "Intet forløb på noget hold.",
        Cohort = "Hold",
        Step = "Trin",
        Status = "Status",
        Erased = "slettet den {0}",
        OpenRequests = "Åbne anmodninger om dem",
        NoOpenRequests = "Ingen åbne anmodninger.",
        Request = "Anmodning",
        AskedOf = "Sendt til",
        AnswerBy = "Svarfrist",
        Mail = "E-mails sendt til dem",
        NoMail = "Ingen e-mails sendt til dem.",
        Sent = "Sendt",
        Subject = "Emne",
        TheirData = "Deres data",
        ExportIntro = "Alt, hvad AmbassadorFlows har om personen, som en JSON-fil (til en anmodning om indsigt). Hentningen registreres i revisionssporet.",
        Export = "Hent deres data",
        LeftTitle = "Fratrådt",
        LeftIntro = "Afslutter nu hvert af deres igangværende forløb: der sendes ikke flere anmodninger eller e-mails til dem, og deres åbne anmodninger lukkes.",
        LastWorkingDay = "Sidste arbejdsdag (valgfrit)",
        RecordLeft = "Registrér, at de er fratrådt",
        LeftRecorded = "Registreret: {0} forløb afsluttes.",
        NothingRunning = "Ingen af deres forløb er i gang, så der var intet at afslutte.",
        EraseTitle = "Slet nu",
        EraseIntro = "Fjerner deres navn, svar og e-mails fra alle lagre og sletter historikken for deres forløb, som det alligevel sker, når opbevaringsperioden udløber. Det kan ikke fortrydes.",
        EraseConfirm = "Jeg forstår, at alt, hvad der opbevares om {0}, slettes og ikke kan gendannes.",
        Erase = "Slet nu",
        EraseNotConfirmed = "Sæt venligst kryds i feltet for at bekræfte sletningen.",
        EraseBlocked = "Intet blev slettet: et af deres forløb er stadig i gang. Registrér først, at de er fratrådt (det afslutter forløbet), og slet derefter.",
        ErasedDone = "Alt, hvad der blev opbevaret om {0}, er slettet: {1} forløb slettet, {2} poster ændret.",
        BackToPeople = "Tilbage til personer",
        NoSuchPerson = "Ingen person {0} i medarbejderkataloget eller i noget lager.",
        NotADate = "Skriv venligst en dato, for eksempel {0}.",
    };
}
