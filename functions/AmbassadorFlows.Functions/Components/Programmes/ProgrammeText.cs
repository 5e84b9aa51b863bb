using System.Globalization;
using AmbassadorFlows.Functions.Programmes;

namespace AmbassadorFlows.Functions.Components.Programmes;

/// <summary>The texts of HR's programme editor (the form, its sections, hints and messages), in each
/// language the dashboard speaks. The list and programme pages reuse the dashboard's texts.</summary>
public sealed class ProgrammeText
{
    public required string Language { get; init; }
    public required string EditTitle { get; init; }
    public required string EditIntro { get; init; }
    public required string EditLink { get; init; }
    public required string BackToProgramme { get; init; }
    public required string Advanced { get; init; }
    public required string AdvancedIntro { get; init; }
    public required string About { get; init; }
    public required string Languages { get; init; }
    public required string LanguagesHint { get; init; }
    public required string Name { get; init; }
    public required string Theme { get; init; }
    public required string ThemeHint { get; init; }
    public required string Purpose { get; init; }
    public required string Role { get; init; }
    public required string RoleInternal { get; init; }
    public required string RoleExternal { get; init; }
    public required string RoleBoth { get; init; }
    public required string Tasks { get; init; }
    public required string TasksHint { get; init; }
    public required string Task { get; init; }
    public required string AddTask { get; init; }
    public required string Posting { get; init; }
    public required string Summary { get; init; }
    public required string Responsibilities { get; init; }
    public required string Responsibility { get; init; }
    public required string AddResponsibility { get; init; }
    public required string Expectations { get; init; }
    public required string Expectation { get; init; }
    public required string AddExpectation { get; init; }
    public required string ApplicationWindowDays { get; init; }
    public required string TimeAndTerm { get; init; }
    public required string TimeBudget { get; init; }
    public required string TermMonths { get; init; }
    public required string MaxTerms { get; init; }
    public required string Meetings { get; init; }
    public required string MeetingDay { get; init; }
    public required string MeetingWeek { get; init; }
    public required IReadOnlyList<string> Weeks { get; init; }
    public required string StartTime { get; init; }
    public required string TimeZone { get; init; }
    public required string Duration { get; init; }
    public required string InviteDaysBefore { get; init; }
    public required string SummaryDaysAfter { get; init; }
    public required string Location { get; init; }
    public required string OnlineMeeting { get; init; }
    public required string Groups { get; init; }
    public required string GroupsHint { get; init; }
    public required string GroupSize { get; init; }
    public required string GroupBy { get; init; }
    public required string GroupByDefault { get; init; }
    public required string GroupByRegion { get; init; }
    public required string GroupByLanguage { get; init; }
    public required string GroupByDepartment { get; init; }
    public required string GroupByNone { get; init; }
    public required string AtRisk { get; init; }
    public required string AtRiskHint { get; init; }
    public required string MissedMeetingsInARow { get; init; }
    public required string MonthsWithoutCheckIn { get; init; }
    public required string NoTimeInARow { get; init; }
    public required string HoursOverBudgetFactor { get; init; }
    public required string HoursUnderBudgetFactor { get; init; }
    public required string Training { get; init; }
    public required string Module { get; init; }
    public required string AddModule { get; init; }
    public required string ModuleId { get; init; }
    public required string ModuleTitle { get; init; }
    public required string ModuleLink { get; init; }
    public required string ModuleDue { get; init; }
    public required string TrainingReminder { get; init; }
    public required string Deadlines { get; init; }
    public required string DeadlinesHint { get; init; }
    public required string ManagerApproval { get; init; }
    public required string Selection { get; init; }
    public required string Agreement { get; init; }
    public required string Renewal { get; init; }
    public required string ReminderAfter { get; init; }
    public required string EscalateAfter { get; init; }
    public required string TimeoutAfter { get; init; }
    public required string FeedbackAndData { get; init; }
    public required string OffboardingWindow { get; init; }
    public required string Retention { get; init; }
    public required string Remove { get; init; }
    public required string Save { get; init; }
    public required string WhatNext { get; init; }
    public required string Complete { get; init; }
    public required string Incomplete { get; init; }
    public required string MissingIn { get; init; }
    public required string Placeholders { get; init; }
    public required string PlaceholdersHint { get; init; }
    public required string NotSaved { get; init; }
    public required string Warnings { get; init; }
    public required string Changed { get; init; }
    public required string Required { get; init; }
    public required string TextRequired { get; init; }
    public required string NotAWholeNumber { get; init; }
    public required string NotANumber { get; init; }
    public required string OutOfRange { get; init; }
    public required string MustComeAfter { get; init; }
    public required string UnknownPlaceholder { get; init; }
    public required string NotHttps { get; init; }
    public required string NotATime { get; init; }
    public required string UnknownTimeZone { get; init; }
    public required string DuplicateId { get; init; }
    public required string NoLanguage { get; init; }
    public required string NotAccepted { get; init; }
    public required string Incompletes { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string Format(string text, params object?[] values) => string.Format(Culture, text, values);

    /// <summary>The form's messages, for <see cref="ProgrammeForm.ToJson"/>.</summary>
    public ProgrammeFormMessages Messages => new(
        Required, TextRequired, NotAWholeNumber, NotANumber, NotATime, UnknownTimeZone, NotHttps, DuplicateId, NoLanguage, ReminderAfter, EscalateAfter,
        (min, max) => Format(OutOfRange, min, max),
        label => Format(MustComeAfter, label),
        (name, known) => Format(UnknownPlaceholder, name, known));

    /// <summary>A language's own name, as it is written in the language switcher.</summary>
    public static string LanguageName(string language) => language switch
    {
        "en" => "English",
        "nl" => "Nederlands",
        "fr" => "Français",
        "da" => "Dansk",
        _ => language,
    };

    public static ProgrammeText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<ProgrammeText> All => [English, Dutch, French, Danish];

    public static ProgrammeText English { get; } = new()
    {
        Language = "en",
        EditTitle = "Edit programme {0}",
        EditIntro = "Change what the programme asks and offers. Saving makes a draft of the next version; nothing changes for anyone until you publish it, and cohorts already running keep their version.",
        EditLink = "Edit the programme",
        BackToProgramme = "Back to the programme",
        Advanced = "Advanced: the programme as JSON",
        AdvancedIntro = "Every field in one text, for copying a programme or for changes the form does not offer. Saving it makes the draft just like the form does.",
        About = "About the programme",
        Languages = "Languages",
        LanguagesHint = "People read the programme in their own language when it is one of these; the first one chosen is the fallback.",
        Name = "Name",
        Theme = "Theme tag",
        ThemeHint = "A short tag for the dashboards, such as sustainable-mobility.",
        Purpose = "Purpose",
        Role = "Role of the ambassadors",
        RoleInternal = "Internal only",
        RoleExternal = "External only",
        RoleBoth = "Internal and external",
        Tasks = "Tasks",
        TasksHint = "The concrete tasks an ambassador takes on; they appear in the posting and the agreement.",
        Task = "Task {0}",
        AddTask = "Add a task",
        Posting = "Posting",
        Summary = "Summary",
        Responsibilities = "Responsibilities",
        Responsibility = "Responsibility {0}",
        AddResponsibility = "Add a responsibility",
        Expectations = "Expectations",
        Expectation = "Expectation {0}",
        AddExpectation = "Add an expectation",
        ApplicationWindowDays = "Applications open for (days)",
        TimeAndTerm = "Time and term",
        TimeBudget = "Time budget (hours a month)",
        TermMonths = "Term (months)",
        MaxTerms = "Terms at most, renewals included",
        Meetings = "Monthly meetings",
        MeetingDay = "Day",
        MeetingWeek = "Week of the month",
        Weeks = ["First", "Second", "Third", "Fourth", "Last"],
        StartTime = "Starts at",
        TimeZone = "Time zone",
        Duration = "Duration (minutes)",
        InviteDaysBefore = "Invites go out (days before)",
        SummaryDaysAfter = "HR summary (days after)",
        Location = "Place or link",
        OnlineMeeting = "Hold the meetings in Microsoft Teams (needs Microsoft Graph)",
        Groups = "Meeting groups",
        GroupsHint = "Ambassadors meet in groups, all at the same time and in the same place or online meeting. Each group gets its own invitation that names only its members. The agenda shows the themes of last month’s check-ins, without names or quotes.",
        GroupSize = "People per group (at most)",
        GroupBy = "Who meets together",
        GroupByDefault = "By region if the directory has regions (default)",
        GroupByRegion = "Same region",
        GroupByLanguage = "Same language",
        GroupByDepartment = "Same department",
        GroupByNone = "Mixed, in no particular order",
        AtRisk = "At-risk signals",
        AtRiskHint = "The dashboard flags an ambassador as at risk as soon as one of these signals shows, so HR can check in with them.",
        MissedMeetingsInARow = "Flag after this many missed meetings in a row",
        MonthsWithoutCheckIn = "Flag after this many months in a row without a check-in",
        NoTimeInARow = "Flag after this many check-ins in a row saying there was no time",
        HoursOverBudgetFactor = "Flag when a month's hours go above the time budget × this factor",
        HoursUnderBudgetFactor = "Flag when a month's hours stay below the time budget × this factor (0 = never)",
        Training = "Training",
        Module = "Module {0}",
        AddModule = "Add a module",
        ModuleId = "Short id",
        ModuleTitle = "Title",
        ModuleLink = "Link (https)",
        ModuleDue = "Due within (days)",
        TrainingReminder = "Reminder before the last module is due (days)",
        Deadlines = "Answers and reminders",
        DeadlinesHint = "How many days each person has to answer: a reminder first, then (for managers) HR is asked, then the request ends.",
        ManagerApproval = "Manager's approval",
        Selection = "HR's selection",
        Agreement = "Ambassador's agreement",
        Renewal = "Renewal",
        ReminderAfter = "Reminder after (days)",
        EscalateAfter = "HR asked after (days)",
        TimeoutAfter = "Ends after (days)",
        FeedbackAndData = "Feedback and personal data",
        OffboardingWindow = "Leaving feedback open for (days)",
        Retention = "Personal data kept after leaving (days)",
        Remove = "Remove",
        Save = "Save draft",
        WhatNext = "Saving checks every field and keeps the draft; you can then look at the changes, try it in a dry run and publish it.",
        Complete = "All languages written",
        Incomplete = "{0} of {1} languages written",
        MissingIn = "Not yet written in: {0}. You can save; publish once it is written.",
        Placeholders = "Settings in texts",
        PlaceholdersHint = "Write a setting in braces instead of a number, so the text always agrees with it. Now:",
        NotSaved = "The draft was not saved. Fix the fields marked below; everything you typed is still here.",
        Warnings = "Some texts are not written in every language yet. The draft can be saved; the programme can be published once they are.",
        Changed = "The list was changed. Nothing is saved until you save the draft.",
        Required = "Fill this in.",
        TextRequired = "Write this text in at least one language.",
        NotAWholeNumber = "Enter a whole number, such as 14.",
        NotANumber = "Enter a number, such as 3 or 2.5.",
        OutOfRange = "Enter a number from {0} to {1}.",
        MustComeAfter = "Must be more days than “{0}”.",
        UnknownPlaceholder = "{0} is not a setting. Use one of {1}.",
        NotHttps = "Enter a full address starting with https://.",
        NotATime = "Enter a time such as 12:30.",
        UnknownTimeZone = "Enter a time zone such as Europe/Brussels.",
        DuplicateId = "Give each module its own short id (letters, digits and dashes).",
        NoLanguage = "Choose at least one language.",
        NotAccepted = "Not accepted: {0}",
        Incompletes = "These texts are not written in every language of the programme yet: {0}. Write them in the editor (or remove the language), save, and publish again.",
    };

    public static ProgrammeText Dutch { get; } = new()
    {
        Language = "nl",
        EditTitle = "Programma {0} bewerken",
        EditIntro = "Wijzig wat het programma vraagt en biedt. Bewaren maakt een concept van de volgende versie; voor niemand verandert er iets tot je het publiceert, en lopende groepen houden hun versie.",
        EditLink = "Het programma bewerken",
        BackToProgramme = "Terug naar het programma",
        Advanced = "Geavanceerd: het programma als JSON",
        AdvancedIntro = "Alle velden in één tekst, om een programma te kopiëren of voor wijzigingen die het formulier niet biedt. Bewaren maakt het concept, net als het formulier.",
        About = "Over het programma",
        Languages = "Talen",
        LanguagesHint = "Mensen lezen het programma in hun eigen taal als die hierbij is; de eerst gekozen taal is de reservetaal.",
        Name = "Naam",
        Theme = "Themalabel",
        ThemeHint = "Een kort label voor de dashboards, zoals sustainable-mobility.",
        Purpose = "Doel",
        Role = "Rol van de ambassadeurs",
        RoleInternal = "Alleen intern",
        RoleExternal = "Alleen extern",
        RoleBoth = "Intern en extern",
        Tasks = "Taken",
        TasksHint = "De concrete taken die een ambassadeur opneemt; ze staan in de vacature en in de afspraken.",
        Task = "Taak {0}",
        AddTask = "Een taak toevoegen",
        Posting = "Vacature",
        Summary = "Samenvatting",
        Responsibilities = "Verantwoordelijkheden",
        Responsibility = "Verantwoordelijkheid {0}",
        AddResponsibility = "Een verantwoordelijkheid toevoegen",
        Expectations = "Verwachtingen",
        Expectation = "Verwachting {0}",
        AddExpectation = "Een verwachting toevoegen",
        ApplicationWindowDays = "Kandidaatstellen kan gedurende (dagen)",
        TimeAndTerm = "Tijd en termijn",
        TimeBudget = "Tijdsbudget (uur per maand)",
        TermMonths = "Termijn (maanden)",
        MaxTerms = "Hoogstens zoveel termijnen, verlengingen inbegrepen",
        Meetings = "Maandelijks overleg",
        MeetingDay = "Dag",
        MeetingWeek = "Week van de maand",
        Weeks = ["Eerste", "Tweede", "Derde", "Vierde", "Laatste"],
        StartTime = "Begint om",
        TimeZone = "Tijdzone",
        Duration = "Duur (minuten)",
        InviteDaysBefore = "Uitnodigingen vertrekken (dagen vooraf)",
        SummaryDaysAfter = "Overzicht voor HR (dagen erna)",
        Location = "Plaats of link",
        OnlineMeeting = "Het overleg houden in Microsoft Teams (vereist Microsoft Graph)",
        Groups = "Overleggroepen",
        GroupsHint = "Ambassadeurs overleggen in groepen, allemaal op hetzelfde moment en op dezelfde plaats of in dezelfde onlinevergadering. Elke groep krijgt een eigen uitnodiging met alleen de eigen leden. De agenda toont de thema’s uit de check-ins van vorige maand, zonder namen of citaten.",
        GroupSize = "Personen per groep (hoogstens)",
        GroupBy = "Wie samen overlegt",
        GroupByDefault = "Per regio als de personeelsgids regio’s kent (standaard)",
        GroupByRegion = "Zelfde regio",
        GroupByLanguage = "Zelfde taal",
        GroupByDepartment = "Zelfde afdeling",
        GroupByNone = "Gemengd, in willekeurige volgorde",
        AtRisk = "Risicosignalen",
        AtRiskHint = "Het dashboard markeert een ambassadeur zodra een van deze signalen optreedt, zodat HR contact kan opnemen.",
        MissedMeetingsInARow = "Markeren na zoveel gemiste overleggen op rij",
        MonthsWithoutCheckIn = "Markeren na zoveel maanden op rij zonder check-in",
        NoTimeInARow = "Markeren na zoveel check-ins op rij waarin er geen tijd was",
        HoursOverBudgetFactor = "Markeren als de uren van een maand boven het tijdsbudget × deze factor komen",
        HoursUnderBudgetFactor = "Markeren als de uren van een maand onder het tijdsbudget × deze factor blijven (0 = nooit)",
        Training = "Opleiding",
        Module = "Module {0}",
        AddModule = "Een module toevoegen",
        ModuleId = "Korte id",
        ModuleTitle = "Titel",
        ModuleLink = "Link (https)",
        ModuleDue = "Af te ronden binnen (dagen)",
        TrainingReminder = "Herinnering voor de laatste module af moet zijn (dagen)",
        Deadlines = "Antwoorden en herinneringen",
        DeadlinesHint = "Hoeveel dagen iemand heeft om te antwoorden: eerst een herinnering, dan (bij leidinggevenden) wordt HR gevraagd, daarna vervalt de vraag.",
        ManagerApproval = "Akkoord van de leidinggevende",
        Selection = "Selectie door HR",
        Agreement = "Afspraken met de ambassadeur",
        Renewal = "Verlenging",
        ReminderAfter = "Herinnering na (dagen)",
        EscalateAfter = "HR gevraagd na (dagen)",
        TimeoutAfter = "Vervalt na (dagen)",
        FeedbackAndData = "Feedback en persoonsgegevens",
        OffboardingWindow = "Feedback bij vertrek open gedurende (dagen)",
        Retention = "Persoonsgegevens bewaard na vertrek (dagen)",
        Remove = "Verwijderen",
        Save = "Concept bewaren",
        WhatNext = "Bij het bewaren wordt elk veld nagekeken en blijft het concept bewaard; daarna kun je de wijzigingen bekijken, het uitproberen in een proefrun en het publiceren.",
        Complete = "In alle talen geschreven",
        Incomplete = "In {0} van {1} talen geschreven",
        MissingIn = "Nog niet geschreven in: {0}. Je kunt bewaren; publiceer zodra het geschreven is.",
        Placeholders = "Instellingen in teksten",
        PlaceholdersHint = "Schrijf een instelling tussen accolades in plaats van een getal, zodat de tekst er altijd mee overeenstemt. Nu:",
        NotSaved = "Het concept is niet bewaard. Verbeter de aangeduide velden; alles wat je typte staat er nog.",
        Warnings = "Sommige teksten zijn nog niet in elke taal geschreven. Het concept kan bewaard worden; publiceren kan zodra ze er zijn.",
        Changed = "De lijst is gewijzigd. Er is niets bewaard tot je het concept bewaart.",
        Required = "Vul dit in.",
        TextRequired = "Schrijf deze tekst in minstens één taal.",
        NotAWholeNumber = "Vul een geheel getal in, zoals 14.",
        NotANumber = "Vul een getal in, zoals 3 of 2,5.",
        OutOfRange = "Vul een getal van {0} tot {1} in.",
        MustComeAfter = "Moet meer dagen zijn dan „{0}”.",
        UnknownPlaceholder = "{0} is geen instelling. Gebruik een van {1}.",
        NotHttps = "Vul een volledig adres in dat begint met https://.",
        NotATime = "Vul een tijd in, zoals 12:30.",
        UnknownTimeZone = "Vul een tijdzone in, zoals Europe/Brussels.",
        DuplicateId = "Geef elke module een eigen korte id (letters, cijfers en streepjes).",
        NoLanguage = "Kies minstens één taal.",
        NotAccepted = "Niet aanvaard: {0}",
        Incompletes = "Deze teksten zijn nog niet in elke taal van het programma geschreven: {0}. Schrijf ze in de editor (of schrap de taal), bewaar en publiceer opnieuw.",
    };

    public static ProgrammeText French { get; } = new()
    {
        Language = "fr",
        EditTitle = "Modifier le programme {0}",
        EditIntro = "Modifiez ce que le programme demande et propose. L’enregistrement crée un brouillon de la version suivante ; rien ne change pour personne avant sa publication, et les cohortes en cours gardent leur version.",
        EditLink = "Modifier le programme",
        BackToProgramme = "Retour au programme",
        Advanced = "Avancé : le programme en JSON",
        AdvancedIntro = "Tous les champs en un seul texte, pour copier un programme ou pour des changements que le formulaire ne propose pas. L’enregistrer crée le brouillon, comme le formulaire.",
        About = "À propos du programme",
        Languages = "Langues",
        LanguagesHint = "Chaque personne lit le programme dans sa langue si elle en fait partie ; la première langue choisie sert de langue de repli.",
        Name = "Nom",
        Theme = "Étiquette de thème",
        ThemeHint = "Une courte étiquette pour les tableaux de bord, par exemple sustainable-mobility.",
        Purpose = "Objectif",
        Role = "Rôle des ambassadeurs et ambassadrices",
        RoleInternal = "Interne uniquement",
        RoleExternal = "Externe uniquement",
        RoleBoth = "Interne et externe",
        Tasks = "Tâches",
        TasksHint = "Les tâches concrètes prises en charge ; elles figurent dans l’appel à candidatures et dans l’accord.",
        Task = "Tâche {0}",
        AddTask = "Ajouter une tâche",
        Posting = "Appel à candidatures",
        Summary = "Résumé",
        Responsibilities = "Responsabilités",
        Responsibility = "Responsabilité {0}",
        AddResponsibility = "Ajouter une responsabilité",
        Expectations = "Attentes",
        Expectation = "Attente {0}",
        AddExpectation = "Ajouter une attente",
        ApplicationWindowDays = "Candidatures ouvertes pendant (jours)",
        TimeAndTerm = "Temps et mandat",
        TimeBudget = "Temps prévu (heures par mois)",
        TermMonths = "Mandat (mois)",
        MaxTerms = "Nombre maximal de mandats, renouvellements compris",
        Meetings = "Réunions mensuelles",
        MeetingDay = "Jour",
        MeetingWeek = "Semaine du mois",
        Weeks = ["Première", "Deuxième", "Troisième", "Quatrième", "Dernière"],
        StartTime = "Début à",
        TimeZone = "Fuseau horaire",
        Duration = "Durée (minutes)",
        InviteDaysBefore = "Invitations envoyées (jours avant)",
        SummaryDaysAfter = "Synthèse pour les RH (jours après)",
        Location = "Lieu ou lien",
        OnlineMeeting = "Tenir les réunions dans Microsoft Teams (nécessite Microsoft Graph)",
        Groups = "Groupes de réunion",
        GroupsHint = "Les ambassadeurs et ambassadrices se réunissent en groupes, tous à la même heure et au même endroit ou dans la même réunion en ligne. Chaque groupe reçoit sa propre invitation, qui ne nomme que ses membres. L’ordre du jour présente les thèmes des points mensuels du mois dernier, sans noms ni citations.",
        GroupSize = "Personnes par groupe (au maximum)",
        GroupBy = "Qui se réunit ensemble",
        GroupByDefault = "Par région si l’annuaire indique des régions (par défaut)",
        GroupByRegion = "Même région",
        GroupByLanguage = "Même langue",
        GroupByDepartment = "Même service",
        GroupByNone = "Groupes mélangés, sans critère",
        AtRisk = "Signaux d’alerte",
        AtRiskHint = "Le tableau de bord signale une personne ambassadrice dès que l’un de ces signaux apparaît, pour que les RH puissent prendre de ses nouvelles.",
        MissedMeetingsInARow = "Signaler après ce nombre de réunions manquées d’affilée",
        MonthsWithoutCheckIn = "Signaler après ce nombre de mois d’affilée sans point mensuel",
        NoTimeInARow = "Signaler après ce nombre de points mensuels d’affilée sans temps disponible",
        HoursOverBudgetFactor = "Signaler quand les heures d’un mois dépassent le temps prévu × ce facteur",
        HoursUnderBudgetFactor = "Signaler quand les heures d’un mois restent sous le temps prévu × ce facteur (0 = jamais)",
        Training = "Formation",
        Module = "Module {0}",
        AddModule = "Ajouter un module",
        ModuleId = "Identifiant court",
        ModuleTitle = "Titre",
        ModuleLink = "Lien (https)",
        ModuleDue = "Délai pour le suivre (jours)",
        TrainingReminder = "Rappel avant l’échéance du dernier module (jours)",
        Deadlines = "Réponses et rappels",
        DeadlinesHint = "Le nombre de jours laissés pour répondre : d’abord un rappel, puis (pour les responsables) les RH sont sollicités, puis la demande expire.",
        ManagerApproval = "Accord du ou de la responsable",
        Selection = "Sélection par les RH",
        Agreement = "Accord de l’ambassadeur ou de l’ambassadrice",
        Renewal = "Renouvellement",
        ReminderAfter = "Rappel après (jours)",
        EscalateAfter = "RH sollicités après (jours)",
        TimeoutAfter = "Expire après (jours)",
        FeedbackAndData = "Retours et données personnelles",
        OffboardingWindow = "Retour de départ ouvert pendant (jours)",
        Retention = "Données personnelles conservées après le départ (jours)",
        Remove = "Supprimer",
        Save = "Enregistrer le brouillon",
        WhatNext = "L’enregistrement vérifie chaque champ et conserve le brouillon ; vous pourrez ensuite voir les changements, l’essayer en simulation et le publier.",
        Complete = "Rédigé dans toutes les langues",
        Incomplete = "Rédigé dans {0} langues sur {1}",
        MissingIn = "Langues manquantes : {0}. Vous pouvez enregistrer ; publiez une fois le texte rédigé.",
        Placeholders = "Paramètres dans les textes",
        PlaceholdersHint = "Écrivez un paramètre entre accolades au lieu d’un nombre : le texte concordera toujours avec lui. Actuellement :",
        NotSaved = "Le brouillon n’a pas été enregistré. Corrigez les champs signalés ci-dessous ; tout ce que vous avez saisi est conservé.",
        Warnings = "Certains textes ne sont pas encore rédigés dans toutes les langues. Le brouillon peut être enregistré ; le programme pourra être publié une fois qu’ils le seront.",
        Changed = "La liste a été modifiée. Rien n’est enregistré tant que vous n’enregistrez pas le brouillon.",
        Required = "Renseignez ce champ.",
        TextRequired = "Rédigez ce texte dans au moins une langue.",
        NotAWholeNumber = "Saisissez un nombre entier, par exemple 14.",
        NotANumber = "Saisissez un nombre, par exemple 3 ou 2,5.",
        OutOfRange = "Saisissez un nombre de {0} à {1}.",
        MustComeAfter = "Doit être supérieur à « {0} ».",
        UnknownPlaceholder = "{0} n’est pas un paramètre. Utilisez l’un de ceux-ci : {1}.",
        NotHttps = "Saisissez une adresse complète commençant par https://.",
        NotATime = "Saisissez une heure, par exemple 12:30.",
        UnknownTimeZone = "Saisissez un fuseau horaire, par exemple Europe/Brussels.",
        DuplicateId = "Donnez à chaque module son propre identifiant court (lettres, chiffres et tirets).",
        NoLanguage = "Choisissez au moins une langue.",
        NotAccepted = "Refusé : {0}",
        Incompletes = "Ces textes ne sont pas encore rédigés dans toutes les langues du programme : {0}. Rédigez-les dans l’éditeur (ou retirez la langue), enregistrez, puis publiez à nouveau.",
    };

    public static ProgrammeText Danish { get; } = new()
    {
        Language = "da",
        EditTitle = "Redigér programmet {0}",
        EditIntro = "Ret det, programmet beder om og tilbyder. Når du gemmer, bliver det en kladde til den næste version; intet ændrer sig for nogen, før du udgiver den, og forløb, der allerede kører, beholder deres version.",
        EditLink = "Redigér programmet",
        BackToProgramme = "Tilbage til programmet",
        Advanced = "Avanceret: programmet som JSON",
        AdvancedIntro = "Alle felter i én tekst, til at kopiere et program eller til ændringer, formularen ikke har. Når du gemmer, bliver det kladden, ligesom med formularen.",
        About = "Om programmet",
        Languages = "Sprog",
        LanguagesHint = "Folk læser programmet på deres eget sprog, når det er et af disse; det første valgte sprog er reservesproget.",
        Name = "Navn",
        Theme = "Temamærke",
        ThemeHint = "Et kort mærke til oversigterne, fx sustainable-mobility.",
        Purpose = "Formål",
        Role = "Ambassadørernes rolle",
        RoleInternal = "Kun intern",
        RoleExternal = "Kun ekstern",
        RoleBoth = "Intern og ekstern",
        Tasks = "Opgaver",
        TasksHint = "De konkrete opgaver, en ambassadør påtager sig; de står i opslaget og i aftalen.",
        Task = "Opgave {0}",
        AddTask = "Tilføj en opgave",
        Posting = "Opslag",
        Summary = "Resumé",
        Responsibilities = "Ansvarsområder",
        Responsibility = "Ansvarsområde {0}",
        AddResponsibility = "Tilføj et ansvarsområde",
        Expectations = "Forventninger",
        Expectation = "Forventning {0}",
        AddExpectation = "Tilføj en forventning",
        ApplicationWindowDays = "Man kan søge i (dage)",
        TimeAndTerm = "Tid og periode",
        TimeBudget = "Tidsforbrug (timer om måneden)",
        TermMonths = "Periode (måneder)",
        MaxTerms = "Højst så mange perioder, forlængelser medregnet",
        Meetings = "Månedlige møder",
        MeetingDay = "Dag",
        MeetingWeek = "Uge i måneden",
        Weeks = ["Første", "Anden", "Tredje", "Fjerde", "Sidste"],
        StartTime = "Starter kl.",
        TimeZone = "Tidszone",
        Duration = "Varighed (minutter)",
        InviteDaysBefore = "Invitationer sendes (dage før)",
        SummaryDaysAfter = "Opsummering til HR (dage efter)",
        Location = "Sted eller link",
        OnlineMeeting = "Hold møderne i Microsoft Teams (kræver Microsoft Graph)",
        Groups = "Mødegrupper",
        GroupsHint = "Ambassadørerne mødes i grupper, alle på samme tid og samme sted eller i det samme onlinemøde. Hver gruppe får sin egen invitation, som kun nævner gruppens medlemmer. Dagsordenen viser temaerne fra sidste måneds opfølgninger uden navne eller citater.",
        GroupSize = "Personer pr. gruppe (højst)",
        GroupBy = "Hvem mødes sammen",
        GroupByDefault = "Efter region, hvis medarbejderkataloget har regioner (standard)",
        GroupByRegion = "Samme region",
        GroupByLanguage = "Samme sprog",
        GroupByDepartment = "Samme afdeling",
        GroupByNone = "Blandet, uden kriterium",
        AtRisk = "Advarselstegn",
        AtRiskHint = "Dashboardet markerer en ambassadør, så snart et af disse tegn viser sig, så HR kan følge op.",
        MissedMeetingsInARow = "Markér efter så mange missede møder i træk",
        MonthsWithoutCheckIn = "Markér efter så mange måneder i træk uden opfølgning",
        NoTimeInARow = "Markér efter så mange opfølgninger i træk, hvor der ikke var tid",
        HoursOverBudgetFactor = "Markér, når en måneds timer overstiger tidsforbruget × denne faktor",
        HoursUnderBudgetFactor = "Markér, når en måneds timer ligger under tidsforbruget × denne faktor (0 = aldrig)",
        Training = "Uddannelse",
        Module = "Modul {0}",
        AddModule = "Tilføj et modul",
        ModuleId = "Kort id",
        ModuleTitle = "Titel",
        ModuleLink = "Link (https)",
        ModuleDue = "Skal være gennemført inden for (dage)",
        TrainingReminder = "Påmindelse før sidste modul skal være gennemført (dage)",
        Deadlines = "Svar og påmindelser",
        DeadlinesHint = "Hvor mange dage hver person har til at svare: først en påmindelse, så (for ledere) bliver HR spurgt, og til sidst bortfalder anmodningen.",
        ManagerApproval = "Lederens godkendelse",
        Selection = "HR's udvælgelse",
        Agreement = "Ambassadørens aftale",
        Renewal = "Forlængelse",
        ReminderAfter = "Påmindelse efter (dage)",
        EscalateAfter = "HR spørges efter (dage)",
        TimeoutAfter = "Bortfalder efter (dage)",
        FeedbackAndData = "Feedback og personoplysninger",
        OffboardingWindow = "Feedback ved fratræden åben i (dage)",
        Retention = "Personoplysninger gemt efter fratræden (dage)",
        Remove = "Fjern",
        Save = "Gem kladde",
        WhatNext = "Når du gemmer, bliver alle felter tjekket, og kladden gemmes; derefter kan du se ændringerne, prøve den i en prøvekørsel og udgive den.",
        Complete = "Skrevet på alle sprog",
        Incomplete = "Skrevet på {0} af {1} sprog",
        MissingIn = "Mangler endnu på: {0}. Du kan gemme; udgiv, når teksten er skrevet.",
        Placeholders = "Indstillinger i tekster",
        PlaceholdersHint = "Skriv en indstilling i krøllede parenteser i stedet for et tal, så teksten altid passer med den. Lige nu:",
        NotSaved = "Kladden blev ikke gemt. Ret de markerede felter herunder; alt, hvad du har skrevet, er her stadig.",
        Warnings = "Nogle tekster er endnu ikke skrevet på alle sprog. Kladden kan gemmes; programmet kan udgives, når de er skrevet.",
        Changed = "Listen er ændret. Intet er gemt, før du gemmer kladden.",
        Required = "Udfyld dette felt.",
        TextRequired = "Skriv denne tekst på mindst ét sprog.",
        NotAWholeNumber = "Skriv et helt tal, fx 14.",
        NotANumber = "Skriv et tal, fx 3 eller 2,5.",
        OutOfRange = "Skriv et tal fra {0} til {1}.",
        MustComeAfter = "Skal være flere dage end »{0}«.",
        UnknownPlaceholder = "{0} er ikke en indstilling. Brug en af {1}.",
        NotHttps = "Skriv en fuld adresse, der starter med https://.",
        NotATime = "Skriv et klokkeslæt, fx 12:30.",
        UnknownTimeZone = "Skriv en tidszone, fx Europe/Brussels.",
        DuplicateId = "Giv hvert modul sit eget korte id (bogstaver, tal og bindestreger).",
        NoLanguage = "Vælg mindst ét sprog.",
        NotAccepted = "Ikke godkendt: {0}",
        Incompletes = "Disse tekster er endnu ikke skrevet på alle programmets sprog: {0}. Skriv dem i redigeringen (eller fjern sproget), gem, og udgiv igen.",
    };
}
