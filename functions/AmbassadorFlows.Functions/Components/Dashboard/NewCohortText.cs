using System.Globalization;

namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>The texts of HR's "start a cohort" form, in each language the dashboard speaks. Messages
/// with <c>{0}</c> take the value the reader typed, or a date.</summary>
public sealed class NewCohortText
{
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string WhatNext { get; init; }
    public required string NotStarted { get; init; }
    public required string Programme { get; init; }
    public required string ProgrammeHint { get; init; }
    public required string ProgrammeOption { get; init; }
    public required string Audience { get; init; }
    public required string AudienceHint { get; init; }
    public required string Everyone { get; init; }
    public required string Departments { get; init; }
    public required string Regions { get; init; }
    public required string Levels { get; init; }
    public required string Groups { get; init; }
    public required string HrOwner { get; init; }
    public required string PersonHint { get; init; }
    public required string Nominees { get; init; }
    public required string NomineesHint { get; init; }
    public required string StartDate { get; init; }
    public required string StartDateHint { get; init; }
    public required string Deadline { get; init; }
    public required string DeadlineHint { get; init; }
    public required string Start { get; init; }
    public required string Preview { get; init; }
    public required string PreviewTitle { get; init; }
    public required string PreviewIntro { get; init; }
    public required string PreviewAnnouncement { get; init; }
    public required string PreviewInvitation { get; init; }

    /// <summary>Stands for the recipient's first name in a previewed email (in the email's language).</summary>
    public required string PreviewName { get; init; }
    public required string Required { get; init; }
    public required string UnknownProgramme { get; init; }
    public required string UnknownAudience { get; init; }
    public required string NobodyMatches { get; init; }
    public required string SeveralMatch { get; init; }
    public required string ListedTwice { get; init; }
    public required string TooManyNominees { get; init; }
    public required string NotADate { get; init; }
    public required string StartInThePast { get; init; }
    public required string DeadlineNotAfterStart { get; init; }
    public required string DeadlineTooLate { get; init; }
    public required string IdTaken { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string Format(string text, params object[] values) => string.Format(Culture, text, values);

    public static NewCohortText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<NewCohortText> All => [English, Dutch, French, Danish];

    public static NewCohortText English { get; } = new()
    {
        Language = "en",
        Title = "Start a cohort",
        Intro = "Choose a programme and who receives its posting. Everyone in that group gets the posting by email; the colleagues you nominate are also invited personally.",
        WhatNext = "What happens next: the posting goes out on the opening day. When applications close, you get an email asking you to choose the ambassadors.",
        NotStarted = "The cohort has not been started. Please correct the fields marked below.",
        Programme = "Programme",
        ProgrammeHint = "The latest published version is used, and the cohort keeps it until its end.",
        ProgrammeOption = "{0} (version {1})",
        Audience = "Who receives the posting",
        AudienceHint = "A group from the directory: everyone, a department, a region or a level.",
        Everyone = "Everyone (all staff)",
        Departments = "Departments",
        Regions = "Regions",
        Levels = "Levels",
        Groups = "Groups",
        HrOwner = "HR owner (chooses the ambassadors)",
        PersonHint = "A name, an email address or an employee ID.",
        Nominees = "Colleagues to invite personally (optional)",
        NomineesHint = "One per line: a name, an email address or an employee ID.",
        StartDate = "Posting opens on",
        StartDateHint = "Today or later.",
        Deadline = "Applications close on (optional)",
        DeadlineHint = "Leave empty to use the programme's application window.",
        Start = "Start the cohort",
        Preview = "Preview the posting email",
        PreviewTitle = "The posting email",
        PreviewIntro = "Nothing has been sent or started yet. Each person in the audience gets this email in their own language, with their own apply button. If it reads well, start the cohort; to change the text, edit the programme.",
        PreviewAnnouncement = "To the audience",
        PreviewInvitation = "To the people you nominated",
        PreviewName = "(first name)",
        Required = "Please fill this in.",
        UnknownProgramme = "This programme is not published. Please choose another one.",
        UnknownAudience = "“{0}” is not a group with members in the directory.",
        NobodyMatches = "Nobody in the directory matches “{0}”.",
        SeveralMatch = "“{0}” matches several people ({1}). Please type the email address or employee ID.",
        ListedTwice = "{0} is listed twice.",
        TooManyNominees = "You can invite at most {0} colleagues personally.",
        NotADate = "Please enter a date, for example {0}.",
        StartInThePast = "The posting cannot open before today ({0}).",
        DeadlineNotAfterStart = "Applications must close after the posting opens ({0}).",
        DeadlineTooLate = "Applications can stay open for at most 90 days: until {0} at the latest.",
        IdTaken = "A cohort with the same ID already exists. Please try again.",
    };

    public static NewCohortText Dutch { get; } = new()
    {
        Language = "nl",
        Title = "Een groep starten",
        Intro = "Kies een programma en wie de oproep ontvangt. Iedereen in die groep krijgt de oproep per e-mail; de collega's die je voordraagt, worden ook persoonlijk uitgenodigd.",
        WhatNext = "Wat er daarna gebeurt: de oproep gaat uit op de openingsdag. Als de kandidaturen sluiten, krijg je een e-mail met de vraag de ambassadeurs te kiezen.",
        NotStarted = "De groep is niet gestart. Verbeter de gemarkeerde velden hieronder.",
        Programme = "Programma",
        ProgrammeHint = "De nieuwste gepubliceerde versie wordt gebruikt; de groep houdt die tot het einde.",
        ProgrammeOption = "{0} (versie {1})",
        Audience = "Wie ontvangt de oproep",
        AudienceHint = "Een groep uit de personeelsgids: iedereen, een afdeling, een regio of een niveau.",
        Everyone = "Iedereen (alle medewerkers)",
        Departments = "Afdelingen",
        Regions = "Regio's",
        Levels = "Niveaus",
        Groups = "Groepen",
        HrOwner = "Verantwoordelijke van HR (kiest de ambassadeurs)",
        PersonHint = "Een naam, een e-mailadres of een personeelsnummer.",
        Nominees = "Collega's om persoonlijk uit te nodigen (optioneel)",
        NomineesHint = "Eén per regel: een naam, een e-mailadres of een personeelsnummer.",
        StartDate = "De oproep opent op",
        StartDateHint = "Vandaag of later.",
        Deadline = "Kandidaturen sluiten op (optioneel)",
        DeadlineHint = "Laat leeg om de kandidatuurperiode van het programma te gebruiken.",
        Start = "Groep starten",
        Preview = "Voorbeeld van de oproepmail bekijken",
        PreviewTitle = "De oproepmail",
        PreviewIntro = "Er is nog niets verstuurd of gestart. Iedereen in de doelgroep krijgt deze e-mail in de eigen taal, met een eigen knop om zich kandidaat te stellen. Klopt de tekst, start dan de groep; wil je de tekst aanpassen, bewerk dan het programma.",
        PreviewAnnouncement = "Aan de doelgroep",
        PreviewInvitation = "Aan de mensen die je hebt voorgedragen",
        PreviewName = "(voornaam)",
        Required = "Vul dit veld in.",
        UnknownProgramme = "Dit programma is niet gepubliceerd. Kies een ander programma.",
        UnknownAudience = "‘{0}’ is geen groep met leden in de personeelsgids.",
        NobodyMatches = "Niemand in de personeelsgids komt overeen met ‘{0}’.",
        SeveralMatch = "‘{0}’ komt overeen met meerdere mensen ({1}). Typ het e-mailadres of het personeelsnummer.",
        ListedTwice = "{0} staat er twee keer in.",
        TooManyNominees = "Je kunt hoogstens {0} collega's persoonlijk uitnodigen.",
        NotADate = "Vul een datum in, bijvoorbeeld {0}.",
        StartInThePast = "De oproep kan niet vóór vandaag ({0}) openen.",
        DeadlineNotAfterStart = "De kandidaturen moeten sluiten na de opening van de oproep ({0}).",
        DeadlineTooLate = "Kandidaturen kunnen hoogstens 90 dagen openstaan: uiterlijk tot {0}.",
        IdTaken = "Er bestaat al een groep met dezelfde ID. Probeer het opnieuw.",
    };

    public static NewCohortText French { get; } = new()
    {
        Language = "fr",
        Title = "Lancer une cohorte",
        Intro = "Choisissez un programme et les destinataires de l'appel à candidatures. Toutes les personnes du groupe le reçoivent par e-mail ; les collègues que vous proposez sont aussi invités personnellement.",
        WhatNext = "Et ensuite : l'appel part le jour de l'ouverture. À la clôture des candidatures, vous recevez un e-mail vous demandant de choisir les ambassadeurs et ambassadrices.",
        NotStarted = "La cohorte n'a pas été lancée. Veuillez corriger les champs signalés ci-dessous.",
        Programme = "Programme",
        ProgrammeHint = "La dernière version publiée est utilisée ; la cohorte la conserve jusqu'à la fin.",
        ProgrammeOption = "{0} (version {1})",
        Audience = "Destinataires de l'appel",
        AudienceHint = "Un groupe de l'annuaire : tout le personnel, un service, une région ou un niveau.",
        Everyone = "Tout le personnel",
        Departments = "Services",
        Regions = "Régions",
        Levels = "Niveaux",
        Groups = "Groupes",
        HrOwner = "Responsable RH (choisit les ambassadeurs et ambassadrices)",
        PersonHint = "Un nom, une adresse e-mail ou un matricule.",
        Nominees = "Collègues à inviter personnellement (facultatif)",
        NomineesHint = "Un par ligne : un nom, une adresse e-mail ou un matricule.",
        StartDate = "Ouverture de l'appel le",
        StartDateHint = "Aujourd'hui ou plus tard.",
        Deadline = "Clôture des candidatures le (facultatif)",
        DeadlineHint = "Laissez vide pour appliquer la période de candidature du programme.",
        Start = "Lancer la cohorte",
        Preview = "Prévisualiser l'e-mail de l'appel",
        PreviewTitle = "L'e-mail de l'appel",
        PreviewIntro = "Rien n'a encore été envoyé ni lancé. Chaque personne du public visé reçoit cet e-mail dans sa langue, avec son propre bouton de candidature. Si le texte vous convient, lancez la cohorte ; pour le modifier, modifiez le programme.",
        PreviewAnnouncement = "Au public visé",
        PreviewInvitation = "Aux personnes que vous avez proposées",
        PreviewName = "(prénom)",
        Required = "Veuillez remplir ce champ.",
        UnknownProgramme = "Ce programme n'est pas publié. Veuillez en choisir un autre.",
        UnknownAudience = "« {0} » n'est pas un groupe comptant des membres dans l'annuaire.",
        NobodyMatches = "Personne dans l'annuaire ne correspond à « {0} ».",
        SeveralMatch = "« {0} » correspond à plusieurs personnes ({1}). Veuillez saisir l'adresse e-mail ou le matricule.",
        ListedTwice = "{0} figure deux fois dans la liste.",
        TooManyNominees = "Vous pouvez inviter personnellement {0} collègues au maximum.",
        NotADate = "Veuillez saisir une date, par exemple {0}.",
        StartInThePast = "L'appel ne peut pas ouvrir avant aujourd'hui ({0}).",
        DeadlineNotAfterStart = "Les candidatures doivent se clôturer après l'ouverture de l'appel ({0}).",
        DeadlineTooLate = "Les candidatures peuvent rester ouvertes 90 jours au plus : jusqu'au {0} au plus tard.",
        IdTaken = "Une cohorte porte déjà le même identifiant. Veuillez réessayer.",
    };

    public static NewCohortText Danish { get; } = new()
    {
        Language = "da",
        Title = "Start et hold",
        Intro = "Vælg et program, og hvem opslaget skal sendes til. Alle i gruppen får opslaget på e-mail; de kolleger, du indstiller, bliver også inviteret personligt.",
        WhatNext = "Hvad der så sker: opslaget sendes ud på åbningsdagen. Når ansøgningsfristen udløber, får du en e-mail, hvor du bliver bedt om at vælge ambassadørerne.",
        NotStarted = "Holdet er ikke startet. Ret venligst de markerede felter nedenfor.",
        Programme = "Program",
        ProgrammeHint = "Den nyeste offentliggjorte version bruges, og holdet beholder den til slut.",
        ProgrammeOption = "{0} (version {1})",
        Audience = "Hvem opslaget sendes til",
        AudienceHint = "En gruppe fra medarbejderkataloget: alle, en afdeling, en region eller et niveau.",
        Everyone = "Alle medarbejdere",
        Departments = "Afdelinger",
        Regions = "Regioner",
        Levels = "Niveauer",
        Groups = "Grupper",
        HrOwner = "HR-ansvarlig (vælger ambassadørerne)",
        PersonHint = "Et navn, en e-mailadresse eller et medarbejdernummer.",
        Nominees = "Kolleger, der skal inviteres personligt (valgfrit)",
        NomineesHint = "Én pr. linje: et navn, en e-mailadresse eller et medarbejdernummer.",
        StartDate = "Opslaget åbner den",
        StartDateHint = "I dag eller senere.",
        Deadline = "Ansøgningsfrist (valgfrit)",
        DeadlineHint = "Lad feltet stå tomt for at bruge programmets ansøgningsperiode.",
        Start = "Start holdet",
        Preview = "Se opslagsmailen",
        PreviewTitle = "Opslagsmailen",
        PreviewIntro = "Der er endnu ikke sendt eller startet noget. Alle i målgruppen får denne mail på deres eget sprog med deres egen knap til at søge. Hvis teksten er i orden, så start holdet; vil du ændre teksten, så redigér programmet.",
        PreviewAnnouncement = "Til målgruppen",
        PreviewInvitation = "Til de personer, du har indstillet",
        PreviewName = "(fornavn)",
        Required = "Udfyld venligst feltet.",
        UnknownProgramme = "Programmet er ikke offentliggjort. Vælg venligst et andet.",
        UnknownAudience = "„{0}“ er ikke en gruppe med medlemmer i medarbejderkataloget.",
        NobodyMatches = "Ingen i medarbejderkataloget passer på „{0}“.",
        SeveralMatch = "„{0}“ passer på flere personer ({1}). Skriv venligst e-mailadressen eller medarbejdernummeret.",
        ListedTwice = "{0} står der to gange.",
        TooManyNominees = "Du kan højst invitere {0} kolleger personligt.",
        NotADate = "Skriv venligst en dato, for eksempel {0}.",
        StartInThePast = "Opslaget kan ikke åbne før i dag ({0}).",
        DeadlineNotAfterStart = "Ansøgningsfristen skal ligge efter, at opslaget åbner ({0}).",
        DeadlineTooLate = "Der kan højst søges i 90 dage: senest til og med {0}.",
        IdTaken = "Der findes allerede et hold med samme id. Prøv venligst igen.",
    };
}
