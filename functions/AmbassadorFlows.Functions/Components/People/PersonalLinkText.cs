using System.Globalization;

namespace AmbassadorFlows.Functions.Components.People;

/// <summary>HR renewing a person's personal link (the <c>/me/…</c> page every email ends with): the
/// person page's section, what the page says afterwards, and the email the person gets, in each
/// language the dashboard speaks. The email is in the person's language, the page in HR's.</summary>
public sealed class PersonalLinkText
{
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string Intro { get; init; }

    /// <summary>The confirmation line next to the box; {0} is the person's name.</summary>
    public required string Confirm { get; init; }

    public required string Button { get; init; }

    public required string NotConfirmed { get; init; }

    /// <summary>{0} is the person's name, {1} their address.</summary>
    public required string Sent { get; init; }

    public required string AlreadyRenewed { get; init; }

    public required string ErasedNoLink { get; init; }

    public required string MailSubject { get; init; }

    public required string MailBody { get; init; }

    public CultureInfo Culture => PageDates.CultureFor(Language);

    public string Format(string text, params object[] values) => string.Format(Culture, text, values);

    public static PersonalLinkText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<PersonalLinkText> All => [English, Dutch, French, Danish];

    public static PersonalLinkText English { get; } = new()
    {
        Language = "en",
        Title = "Personal link",
        Intro = "Every email ends with a link to this person’s own page. If that link may have reached someone else, give them a new one.",
        Confirm = "I understand that {0}’s current link stops working at once and that a new one goes to them by email.",
        Button = "Send a new personal link",
        NotConfirmed = "Please tick the box to confirm the new link.",
        Sent = "{0} has a new personal link, sent to {1}. The old link no longer works.",
        AlreadyRenewed = "The link had already been renewed from this page, so no second email was sent.",
        ErasedNoLink = "This person’s data has been erased, so they get no personal link any more.",
        MailSubject = "A new link to your page in the ambassador programme",
        MailBody = "HR has given you a new link to your own page in the ambassador programme. The link you had before no longer works: from now on, use the one below.",
    };

    public static PersonalLinkText Dutch { get; } = new()
    {
        Language = "nl",
        Title = "Persoonlijke link",
        Intro = "Elke e-mail eindigt met een link naar de eigen pagina van deze persoon. Kan die link bij iemand anders terechtgekomen zijn, geef dan een nieuwe.",
        Confirm = "Ik begrijp dat de link die {0} nu heeft meteen niet meer werkt en dat er een nieuwe per e-mail naartoe gaat.",
        Button = "Nieuwe persoonlijke link sturen",
        NotConfirmed = "Vink het vakje aan om de nieuwe link te bevestigen.",
        Sent = "{0} heeft een nieuwe persoonlijke link, gestuurd naar {1}. De oude link werkt niet meer.",
        AlreadyRenewed = "De link was via deze pagina al vernieuwd, dus er is geen tweede e-mail verstuurd.",
        ErasedNoLink = "De gegevens van deze persoon zijn gewist, dus er komt geen persoonlijke link meer.",
        MailSubject = "Een nieuwe link naar je pagina in het ambassadeursprogramma",
        MailBody = "HR heeft je een nieuwe link gegeven naar je eigen pagina in het ambassadeursprogramma. De link die je eerder had, werkt niet meer: gebruik voortaan de link hieronder.",
    };

    public static PersonalLinkText French { get; } = new()
    {
        Language = "fr",
        Title = "Lien personnel",
        Intro = "Chaque e-mail se termine par un lien vers la page propre à cette personne. Si ce lien a pu parvenir à quelqu’un d’autre, donnez-lui-en un nouveau.",
        Confirm = "Je comprends que le lien actuel de {0} cesse de fonctionner tout de suite et qu’un nouveau lien lui est envoyé par e-mail.",
        Button = "Envoyer un nouveau lien personnel",
        NotConfirmed = "Cochez la case pour confirmer le nouveau lien.",
        Sent = "{0} a un nouveau lien personnel, envoyé à {1}. L’ancien lien ne fonctionne plus.",
        AlreadyRenewed = "Le lien avait déjà été renouvelé depuis cette page : aucun second e-mail n’a été envoyé.",
        ErasedNoLink = "Les données de cette personne ont été effacées : elle ne reçoit plus de lien personnel.",
        MailSubject = "Un nouveau lien vers votre page du programme d’ambassadeurs",
        MailBody = "Les RH vous ont donné un nouveau lien vers votre page personnelle du programme d’ambassadeurs. Le lien que vous aviez ne fonctionne plus : utilisez désormais celui ci-dessous.",
    };

    public static PersonalLinkText Danish { get; } = new()
    {
        Language = "da",
        Title = "Personligt link",
        Intro = "Alle e-mails slutter med et link til personens egen side. Hvis linket kan være havnet hos en anden, så giv personen et nyt.",
        Confirm = "Jeg forstår, at det link, {0} har nu, holder op med at virke med det samme, og at et nyt sendes på e-mail.",
        Button = "Send et nyt personligt link",
        NotConfirmed = "Sæt kryds i feltet for at bekræfte det nye link.",
        Sent = "{0} har fået et nyt personligt link, sendt til {1}. Det gamle link virker ikke længere.",
        AlreadyRenewed = "Linket var allerede fornyet fra denne side, så der blev ikke sendt en e-mail til.",
        ErasedNoLink = "Personens oplysninger er slettet, så der kommer ikke flere personlige links.",
        MailSubject = "Et nyt link til din side i ambassadørprogrammet",
        MailBody = "HR har givet dig et nyt link til din egen side i ambassadørprogrammet. Det link, du havde før, virker ikke længere, så brug linket herunder fremover.",
    };
}
