using System.Globalization;

namespace AmbassadorFlows.Functions.Components.Reassignment;

/// <summary>The texts of HR's hand-over page and of the hand-over parts of a person's page, in each
/// language the dashboard speaks.</summary>
public sealed class ReassignmentText
{
    public required string Language { get; init; }
    public required string Title { get; init; }

    /// <summary>{0}: whom the request waits for now.</summary>
    public required string Intro { get; init; }
    public required string Request { get; init; }
    public required string About { get; init; }
    public required string WaitingFor { get; init; }
    public required string AnswerBy { get; init; }
    public required string ToLabel { get; init; }
    public required string ToHint { get; init; }
    public required string Submit { get; init; }
    public required string ToRequired { get; init; }

    /// <summary>{0}: what was typed.</summary>
    public required string ToUnknown { get; init; }

    /// <summary>{0}: what was typed; {1}: the people it matches.</summary>
    public required string ToAmbiguous { get; init; }

    /// <summary>{0}: the person the request already waits for.</summary>
    public required string ToSame { get; init; }

    /// <summary>{0}: the request's id.</summary>
    public required string NotFound { get; init; }
    public required string NotHandable { get; init; }
    public required string NoLongerOpen { get; init; }
    public required string Changed { get; init; }

    /// <summary>{0}: the person it was handed to.</summary>
    public required string Done { get; init; }

    /// <summary>{0}: the person's name.</summary>
    public required string ToPersonPage { get; init; }
    public required string HandOver { get; init; }
    public required string ManagerChangedTitle { get; init; }

    /// <summary>{0}: the person; {1}: the manager the directory names now.</summary>
    public required string ManagerChangedIntro { get; init; }

    /// <summary>{0}: the manager the directory names now.</summary>
    public required string ManagerChangedButton { get; init; }

    /// <summary>{0}: how many; {1}: the manager.</summary>
    public required string ManagerChangedDone { get; init; }

    /// <summary>{0}: the employee id.</summary>
    public required string NoManager { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string Format(string text, params object[] values) => string.Format(Culture, text, values);

    public static ReassignmentText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<ReassignmentText> All => [English, Dutch, French, Danish];

    public static ReassignmentText English { get; } = new()
    {
        Language = "en",
        Title = "Hand a request to someone else",
        Intro = "Is {0} away, or no longer the right person? Hand the request to a deputy, or to yourself. They get an email with a link of their own, {0} is told and their link stops working. The answer reaches the programme just as before.",
        Request = "Request",
        About = "About",
        WaitingFor = "Waiting for",
        AnswerBy = "Answer by",
        ToLabel = "Hand to",
        ToHint = "Name, email address or employee ID of a colleague, or your own.",
        Submit = "Hand over",
        ToRequired = "Name the person to hand the request to.",
        ToUnknown = "Nobody in the directory matches “{0}”. Try a full name, an email address or an employee ID.",
        ToAmbiguous = "“{0}” matches several people: {1}. Type a full name, an email address or an employee ID.",
        ToSame = "The request already waits for {0}.",
        NotFound = "There is no request {0}.",
        NotHandable = "This request is the person’s own (an application, an agreement, a check-in…), so only they can answer it.",
        NoLongerOpen = "This request is no longer open: it was answered, closed or its deadline has passed. There is nothing to hand over.",
        Changed = "The request changed while you were handing it over (answered, closed or handed to someone else). Nothing was changed; below is where it stands now.",
        Done = "Handed to {0}. They have an email with a link of their own; the person it waited for before has been told.",
        ToPersonPage = "To {0}’s page",
        HandOver = "Hand over",
        ManagerChangedTitle = "New manager?",
        ManagerChangedIntro = "The directory names {1} as {0}’s manager. Requests still waiting for an earlier manager (approval, another term) can go to {1}; requests you handed to someone yourself stay where they are.",
        ManagerChangedButton = "Hand manager requests to {0}",
        ManagerChangedDone = "Requests handed to {1}: {0}.",
        NoManager = "The directory names no manager for {0}, so there is nobody to hand their requests to.",
    };

    public static ReassignmentText Dutch { get; } = new()
    {
        Language = "nl",
        Title = "Een verzoek aan iemand anders overdragen",
        Intro = "Is {0} afwezig, of niet meer de juiste persoon? Draag het verzoek over aan een vervanger of aan jezelf. Die krijgt een e-mail met een eigen link, {0} wordt op de hoogte gebracht en diens link werkt niet meer. Het antwoord komt net als anders bij het programma terecht.",
        Request = "Verzoek",
        About = "Over",
        WaitingFor = "Wacht op",
        AnswerBy = "Antwoord vóór",
        ToLabel = "Overdragen aan",
        ToHint = "Naam, e-mailadres of personeelsnummer van een collega, of dat van jezelf.",
        Submit = "Overdragen",
        ToRequired = "Vul in aan wie je het verzoek overdraagt.",
        ToUnknown = "Niemand in de directory past bij ‘{0}’. Probeer een volledige naam, een e-mailadres of een personeelsnummer.",
        ToAmbiguous = "‘{0}’ past bij meerdere mensen: {1}. Typ een volledige naam, een e-mailadres of een personeelsnummer.",
        ToSame = "Het verzoek wacht al op {0}.",
        NotFound = "Er is geen verzoek {0}.",
        NotHandable = "Dit verzoek is van de persoon zelf (een aanmelding, een afspraak, een maandelijkse terugblik…), dus alleen die kan het beantwoorden.",
        NoLongerOpen = "Dit verzoek staat niet meer open: het is beantwoord, gesloten of de termijn is verstreken. Er valt niets over te dragen.",
        Changed = "Het verzoek veranderde terwijl je het overdroeg (beantwoord, gesloten of aan iemand anders overgedragen). Er is niets gewijzigd; hieronder zie je hoe het er nu voor staat.",
        Done = "Overgedragen aan {0}. Die heeft een e-mail met een eigen link; wie het verzoek eerder had, is op de hoogte gebracht.",
        ToPersonPage = "Naar de pagina van {0}",
        HandOver = "Overdragen",
        ManagerChangedTitle = "Nieuwe leidinggevende?",
        ManagerChangedIntro = "Volgens de directory is {1} de leidinggevende van {0}. Verzoeken die nog op een eerdere leidinggevende wachten (goedkeuring, nog een periode) kunnen naar {1}; verzoeken die je zelf aan iemand hebt overgedragen, blijven waar ze zijn.",
        ManagerChangedButton = "Verzoeken voor de leidinggevende naar {0}",
        ManagerChangedDone = "Verzoeken overgedragen aan {1}: {0}.",
        NoManager = "De directory noemt geen leidinggevende voor {0}, dus er is niemand om de verzoeken aan over te dragen.",
    };

    public static ReassignmentText French { get; } = new()
    {
        Language = "fr",
        Title = "Confier une demande à quelqu’un d’autre",
        Intro = "{0} n’est pas disponible ou n’est plus la bonne personne ? Confiez la demande à une autre personne ou à vous-même. Elle reçoit un e-mail avec son propre lien, un message informe {0} et son ancien lien cesse de fonctionner. La réponse parvient au programme comme avant.",
        Request = "Demande",
        About = "Concerne",
        WaitingFor = "En attente de",
        AnswerBy = "Réponse avant le",
        ToLabel = "Confier à",
        ToHint = "Nom, adresse e-mail ou matricule de la personne, y compris vous-même.",
        Submit = "Confier",
        ToRequired = "Indiquez à qui confier la demande.",
        ToUnknown = "Personne dans l’annuaire ne correspond à « {0} ». Essayez un nom complet, une adresse e-mail ou un matricule.",
        ToAmbiguous = "« {0} » correspond à plusieurs personnes : {1}. Saisissez un nom complet, une adresse e-mail ou un matricule.",
        ToSame = "La demande attend déjà la réponse de {0}.",
        NotFound = "Il n’existe pas de demande {0}.",
        NotHandable = "Cette demande appartient à la personne elle-même (candidature, engagement, bilan mensuel…) : elle seule peut y répondre.",
        NoLongerOpen = "Cette demande n’est plus ouverte : elle a reçu une réponse, a été close ou son délai est passé. Il n’y a rien à confier.",
        Changed = "La demande a changé pendant que vous la confiiez (réponse, clôture ou confiée à quelqu’un d’autre). Rien n’a été modifié ; voici où elle en est.",
        Done = "Confiée à {0}. Cette personne a reçu un e-mail avec son propre lien ; la personne qui l’avait auparavant a été prévenue.",
        ToPersonPage = "Vers la page de {0}",
        HandOver = "Confier",
        ManagerChangedTitle = "Changement de responsable ?",
        ManagerChangedIntro = "L’annuaire indique {1} comme responsable de {0}. Les demandes qui attendent encore une réponse de l’ancienne hiérarchie (approbation, nouveau mandat) peuvent aller à {1} ; celles que vous avez confiées vous-même à quelqu’un restent où elles sont.",
        ManagerChangedButton = "Confier les demandes de la hiérarchie à {0}",
        ManagerChangedDone = "Demandes confiées à {1} : {0}.",
        NoManager = "L’annuaire n’indique pas de hiérarchie pour {0} : il n’y a personne à qui confier les demandes.",
    };

    public static ReassignmentText Danish { get; } = new()
    {
        Language = "da",
        Title = "Giv en anmodning videre til en anden",
        Intro = "Er {0} væk eller ikke længere den rette? Giv anmodningen videre til en stedfortræder eller til dig selv. Vedkommende får en e-mail med sit eget link, {0} får besked, og det gamle link holder op med at virke. Svaret når programmet på samme måde som før.",
        Request = "Anmodning",
        About = "Om",
        WaitingFor = "Venter på",
        AnswerBy = "Svar senest",
        ToLabel = "Giv videre til",
        ToHint = "Navn, e-mailadresse eller medarbejdernummer på en kollega eller dit eget.",
        Submit = "Giv videre",
        ToRequired = "Skriv, hvem anmodningen skal gives videre til.",
        ToUnknown = "Ingen i kataloget passer til “{0}”. Prøv med et fuldt navn, en e-mailadresse eller et medarbejdernummer.",
        ToAmbiguous = "“{0}” passer til flere personer: {1}. Skriv et fuldt navn, en e-mailadresse eller et medarbejdernummer.",
        ToSame = "Anmodningen venter allerede på {0}.",
        NotFound = "Der findes ingen anmodning {0}.",
        NotHandable = "Denne anmodning er personens egen (en ansøgning, en aftale, en månedlig opfølgning …), så kun vedkommende kan svare på den.",
        NoLongerOpen = "Anmodningen er ikke længere åben: den er besvaret, lukket, eller fristen er overskredet. Der er intet at give videre.",
        Changed = "Anmodningen ændrede sig, mens du gav den videre (besvaret, lukket eller givet videre til en anden). Intet er ændret; nedenfor kan du se, hvor den står nu.",
        Done = "Givet videre til {0}. Vedkommende har fået en e-mail med sit eget link, og den, anmodningen ventede på før, har fået besked.",
        ToPersonPage = "Til siden om {0}",
        HandOver = "Giv videre",
        ManagerChangedTitle = "Ny leder?",
        ManagerChangedIntro = "Ifølge kataloget er {1} leder for {0}. Anmodninger, der stadig venter på en tidligere leder (godkendelse, en periode mere), kan gå til {1}; anmodninger, du selv har givet videre til nogen, bliver, hvor de er.",
        ManagerChangedButton = "Giv lederens anmodninger videre til {0}",
        ManagerChangedDone = "Anmodninger givet videre til {1}: {0}.",
        NoManager = "Kataloget angiver ingen leder for {0}, så der er ingen at give anmodningerne videre til.",
    };
}
