namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The texts of HR's changes to a running cohort (the meetings card on the cohort page, the
/// page to move or cancel one meeting, the page to hand the cohort to another HR owner), in en, nl,
/// fr and da. Built with <c>new()</c> per language, so a missing text does not compile.</summary>
public sealed record CohortChangeText
{
    public required string Language { get; init; }

    public required string MeetingsHeading { get; init; }

    /// <summary>Under the meetings heading: what HR can do with them.</summary>
    public required string MeetingsIntro { get; init; }

    /// <summary>{0} the month's number.</summary>
    public required string MeetingNumber { get; init; }

    public required string Planned { get; init; }

    /// <summary>{0} where the plan had it.</summary>
    public required string MovedFrom { get; init; }

    public required string Cancelled { get; init; }

    public required string Held { get; init; }

    public required string ChangeLink { get; init; }

    /// <summary>{0} the month's number.</summary>
    public required string MeetingPageHeading { get; init; }

    /// <summary>{0} when it is now.</summary>
    public required string MeetingNow { get; init; }

    public required string MoveHeading { get; init; }

    /// <summary>{0} the earliest and {1} the latest day it may move to.</summary>
    public required string MoveWhatHappens { get; init; }

    public required string DateLabel { get; init; }

    public required string TimeLabel { get; init; }

    public required string MoveButton { get; init; }

    public required string CancelHeading { get; init; }

    public required string CancelWhatHappens { get; init; }

    public required string CancelButton { get; init; }

    public required string DateMissing { get; init; }

    public required string TimeMissing { get; init; }

    public required string NotInFuture { get; init; }

    public required string TooFar { get; init; }

    public required string Unchanged { get; init; }

    public required string CannotChangeHeading { get; init; }

    public required string AlreadyStarted { get; init; }

    public required string AlreadyCancelled { get; init; }

    public required string UnknownMonth { get; init; }

    public required string OlderVersion { get; init; }

    public required string NotRunning { get; init; }

    public required string OwnerLink { get; init; }

    /// <summary>{0} the cohort's id.</summary>
    public required string OwnerPageHeading { get; init; }

    /// <summary>{0} the owner now.</summary>
    public required string OwnerNow { get; init; }

    public required string OwnerWhatHappens { get; init; }

    public required string OwnerLabel { get; init; }

    public required string OwnerHint { get; init; }

    public required string OwnerButton { get; init; }

    public required string OwnerMissing { get; init; }

    /// <summary>{0} what was typed.</summary>
    public required string OwnerUnknown { get; init; }

    public required string OwnerSame { get; init; }

    public required string BackToCohort { get; init; }

    public static readonly CohortChangeText English = new()
    {
        Language = "en",
        MeetingsHeading = "Meetings this term",
        MeetingsIntro = "A meeting that has not begun can be moved or cancelled. Those already invited get an updated calendar invite or a cancellation.",
        MeetingNumber = "Meeting {0}",
        Planned = "as planned",
        MovedFrom = "moved (planned for {0})",
        Cancelled = "cancelled",
        Held = "held",
        ChangeLink = "Move or cancel",
        MeetingPageHeading = "Move or cancel meeting {0}",
        MeetingNow = "It is now planned for {0}.",
        MoveHeading = "Move it",
        MoveWhatHappens = "Choose a day from {0} to {1} (the programme’s time zone). Everyone already invited gets an updated invite, and the month’s check-ins follow the new time.",
        DateLabel = "New date",
        TimeLabel = "Start time",
        MoveButton = "Move the meeting",
        CancelHeading = "Cancel it",
        CancelWhatHappens = "Everyone already invited gets a cancellation that takes it out of their calendar. Nobody is asked for a check-in about this month.",
        CancelButton = "Cancel the meeting",
        DateMissing = "New date: choose a day.",
        TimeMissing = "Start time: give a time such as 12:30.",
        NotInFuture = "New date: the new time has already passed. Choose a later one.",
        TooFar = "New date: a meeting can move at most 13 days from where it was planned.",
        Unchanged = "New date: this is when the meeting already takes place.",
        CannotChangeHeading = "This meeting cannot be changed",
        AlreadyStarted = "This meeting has already begun or taken place. Nothing was changed.",
        AlreadyCancelled = "This meeting is already cancelled. Nothing was changed.",
        UnknownMonth = "This cohort has no meeting with that number in this term.",
        OlderVersion = "This cohort started before meetings and owners could be changed; its meetings stay as planned. Nothing was changed.",
        NotRunning = "This cohort is not running any more. Nothing was changed.",
        OwnerLink = "Change HR owner",
        OwnerPageHeading = "Hand cohort {0} to another HR officer",
        OwnerNow = "The HR owner now is {0}.",
        OwnerWhatHappens = "From now on the cohort’s requests, escalations, monthly summaries and notices go to the new owner. Requests waiting for the current owner are handed over at once, and the new owner gets an email saying so.",
        OwnerLabel = "New HR owner",
        OwnerHint = "Employee id or work email address, for example E003 or lars.jensen@contoso.example.",
        OwnerButton = "Hand over the cohort",
        OwnerMissing = "New HR owner: give an employee id or email address.",
        OwnerUnknown = "New HR owner: nobody in the directory is “{0}”.",
        OwnerSame = "New HR owner: this person already owns the cohort.",
        BackToCohort = "Back to the cohort",
    };

    public static readonly CohortChangeText Dutch = new()
    {
        Language = "nl",
        MeetingsHeading = "Bijeenkomsten in deze periode",
        MeetingsIntro = "Een bijeenkomst die nog niet is begonnen, kun je verplaatsen of annuleren. Wie al is uitgenodigd, krijgt een bijgewerkte agenda-uitnodiging of een annulering.",
        MeetingNumber = "Bijeenkomst {0}",
        Planned = "zoals gepland",
        MovedFrom = "verplaatst (gepland op {0})",
        Cancelled = "geannuleerd",
        Held = "gehouden",
        ChangeLink = "Verplaatsen of annuleren",
        MeetingPageHeading = "Bijeenkomst {0} verplaatsen of annuleren",
        MeetingNow = "Ze staat nu gepland op {0}.",
        MoveHeading = "Verplaatsen",
        MoveWhatHappens = "Kies een dag van {0} tot {1} (tijdzone van het programma). Iedereen die al is uitgenodigd, krijgt een bijgewerkte uitnodiging, en de check-ins van de maand volgen het nieuwe tijdstip.",
        DateLabel = "Nieuwe datum",
        TimeLabel = "Begintijd",
        MoveButton = "Bijeenkomst verplaatsen",
        CancelHeading = "Annuleren",
        CancelWhatHappens = "Iedereen die al is uitgenodigd, krijgt een annulering die de bijeenkomst uit de agenda haalt. Niemand krijgt een vraag om een check-in over deze maand.",
        CancelButton = "Bijeenkomst annuleren",
        DateMissing = "Nieuwe datum: kies een dag.",
        TimeMissing = "Begintijd: geef een tijd op, bijvoorbeeld 12:30.",
        NotInFuture = "Nieuwe datum: dat tijdstip is al voorbij. Kies een later moment.",
        TooFar = "Nieuwe datum: een bijeenkomst kan hoogstens 13 dagen van de geplande dag verschuiven.",
        Unchanged = "Nieuwe datum: op dat moment vindt de bijeenkomst al plaats.",
        CannotChangeHeading = "Deze bijeenkomst kan niet worden gewijzigd",
        AlreadyStarted = "Deze bijeenkomst is al begonnen of voorbij. Er is niets gewijzigd.",
        AlreadyCancelled = "Deze bijeenkomst is al geannuleerd. Er is niets gewijzigd.",
        UnknownMonth = "Deze groep heeft in deze periode geen bijeenkomst met dat nummer.",
        OlderVersion = "Deze groep is gestart voordat bijeenkomsten en eigenaars konden worden gewijzigd; de bijeenkomsten blijven zoals gepland. Er is niets gewijzigd.",
        NotRunning = "Deze groep loopt niet meer. Er is niets gewijzigd.",
        OwnerLink = "HR-eigenaar wijzigen",
        OwnerPageHeading = "Groep {0} overdragen aan een andere HR-medewerker",
        OwnerNow = "De HR-eigenaar is nu {0}.",
        OwnerWhatHappens = "Vanaf nu gaan de verzoeken, escalaties, maandoverzichten en meldingen van de groep naar de nieuwe eigenaar. Verzoeken die op de huidige eigenaar wachten, worden meteen overgedragen, en de nieuwe eigenaar krijgt daarover een e-mail.",
        OwnerLabel = "Nieuwe HR-eigenaar",
        OwnerHint = "Personeelsnummer of zakelijk e-mailadres, bijvoorbeeld E003 of lars.jensen@contoso.example.",
        OwnerButton = "Groep overdragen",
        OwnerMissing = "Nieuwe HR-eigenaar: geef een personeelsnummer of e-mailadres op.",
        OwnerUnknown = "Nieuwe HR-eigenaar: niemand in de personeelsgids heet „{0}”.",
        OwnerSame = "Nieuwe HR-eigenaar: deze persoon is al eigenaar van de groep.",
        BackToCohort = "Terug naar de groep",
    };

    public static readonly CohortChangeText French = new()
    {
        Language = "fr",
        MeetingsHeading = "Réunions de cette période",
        MeetingsIntro = "Une réunion qui n’a pas commencé peut être déplacée ou annulée. Les personnes déjà invitées reçoivent une invitation mise à jour ou une annulation.",
        MeetingNumber = "Réunion {0}",
        Planned = "comme prévu",
        MovedFrom = "déplacée (prévue le {0})",
        Cancelled = "annulée",
        Held = "tenue",
        ChangeLink = "Déplacer ou annuler",
        MeetingPageHeading = "Déplacer ou annuler la réunion {0}",
        MeetingNow = "Elle est prévue le {0}.",
        MoveHeading = "La déplacer",
        MoveWhatHappens = "Choisissez un jour du {0} au {1} (fuseau horaire du programme). Les personnes déjà invitées reçoivent une invitation mise à jour, et les points mensuels suivent le nouvel horaire.",
        DateLabel = "Nouvelle date",
        TimeLabel = "Heure de début",
        MoveButton = "Déplacer la réunion",
        CancelHeading = "L’annuler",
        CancelWhatHappens = "Les personnes déjà invitées reçoivent une annulation qui retire la réunion de leur agenda. Aucun point mensuel n’est demandé pour ce mois.",
        CancelButton = "Annuler la réunion",
        DateMissing = "Nouvelle date : choisissez un jour.",
        TimeMissing = "Heure de début : indiquez une heure, par exemple 12:30.",
        NotInFuture = "Nouvelle date : ce moment est déjà passé. Choisissez-en un plus tard.",
        TooFar = "Nouvelle date : une réunion peut être déplacée de 13 jours au plus par rapport à la date prévue.",
        Unchanged = "Nouvelle date : c’est déjà le moment prévu pour la réunion.",
        CannotChangeHeading = "Cette réunion ne peut pas être modifiée",
        AlreadyStarted = "Cette réunion a déjà commencé ou a eu lieu. Rien n’a été modifié.",
        AlreadyCancelled = "Cette réunion est déjà annulée. Rien n’a été modifié.",
        UnknownMonth = "Ce groupe n’a pas de réunion portant ce numéro dans cette période.",
        OlderVersion = "Ce groupe a démarré avant qu’il soit possible de modifier les réunions et le responsable ; ses réunions restent comme prévu. Rien n’a été modifié.",
        NotRunning = "Ce groupe n’est plus en cours. Rien n’a été modifié.",
        OwnerLink = "Changer de responsable RH",
        OwnerPageHeading = "Confier le groupe {0} à un autre membre des RH",
        OwnerNow = "Le responsable RH actuel est {0}.",
        OwnerWhatHappens = "Désormais, les demandes, escalades, synthèses mensuelles et avis du groupe vont au nouveau responsable. Les demandes qui attendent le responsable actuel lui sont transmises immédiatement, et il ou elle en est informé·e par e-mail.",
        OwnerLabel = "Nouveau ou nouvelle responsable RH",
        OwnerHint = "Matricule ou adresse e-mail professionnelle, par exemple E003 ou lars.jensen@contoso.example.",
        OwnerButton = "Confier le groupe",
        OwnerMissing = "Nouveau ou nouvelle responsable RH : indiquez un matricule ou une adresse e-mail.",
        OwnerUnknown = "Nouveau ou nouvelle responsable RH : personne ne correspond à « {0} » dans l’annuaire.",
        OwnerSame = "Nouveau ou nouvelle responsable RH : cette personne est déjà responsable du groupe.",
        BackToCohort = "Retour au groupe",
    };

    public static readonly CohortChangeText Danish = new()
    {
        Language = "da",
        MeetingsHeading = "Møder i denne periode",
        MeetingsIntro = "Et møde, der ikke er begyndt, kan flyttes eller aflyses. De, der allerede er inviteret, får en opdateret kalenderinvitation eller en aflysning.",
        MeetingNumber = "Møde {0}",
        Planned = "som planlagt",
        MovedFrom = "flyttet (planlagt {0})",
        Cancelled = "aflyst",
        Held = "afholdt",
        ChangeLink = "Flyt eller aflys",
        MeetingPageHeading = "Flyt eller aflys møde {0}",
        MeetingNow = "Det er nu planlagt {0}.",
        MoveHeading = "Flyt det",
        MoveWhatHappens = "Vælg en dag fra {0} til {1} (programmets tidszone). Alle, der allerede er inviteret, får en opdateret invitation, og månedens opfølgninger følger det nye tidspunkt.",
        DateLabel = "Ny dato",
        TimeLabel = "Starttidspunkt",
        MoveButton = "Flyt mødet",
        CancelHeading = "Aflys det",
        CancelWhatHappens = "Alle, der allerede er inviteret, får en aflysning, der fjerner mødet fra deres kalender. Ingen bliver bedt om en opfølgning for denne måned.",
        CancelButton = "Aflys mødet",
        DateMissing = "Ny dato: Vælg en dag.",
        TimeMissing = "Starttidspunkt: Angiv et tidspunkt, fx 12:30.",
        NotInFuture = "Ny dato: Tidspunktet er allerede passeret. Vælg et senere.",
        TooFar = "Ny dato: Et møde kan højst flyttes 13 dage fra den planlagte dag.",
        Unchanged = "Ny dato: Mødet ligger allerede på det tidspunkt.",
        CannotChangeHeading = "Mødet kan ikke ændres",
        AlreadyStarted = "Mødet er allerede begyndt eller afholdt. Intet er ændret.",
        AlreadyCancelled = "Mødet er allerede aflyst. Intet er ændret.",
        UnknownMonth = "Holdet har ikke et møde med det nummer i denne periode.",
        OlderVersion = "Holdet startede, før møder og ansvarlige kunne ændres; møderne forbliver som planlagt. Intet er ændret.",
        NotRunning = "Holdet kører ikke længere. Intet er ændret.",
        OwnerLink = "Skift HR-ansvarlig",
        OwnerPageHeading = "Overdrag hold {0} til en anden HR-medarbejder",
        OwnerNow = "Den HR-ansvarlige er nu {0}.",
        OwnerWhatHappens = "Fra nu af går holdets anmodninger, eskaleringer, månedsoversigter og meddelelser til den nye ansvarlige. Anmodninger, der venter på den nuværende ansvarlige, overdrages med det samme, og den nye ansvarlige får en e-mail om det.",
        OwnerLabel = "Ny HR-ansvarlig",
        OwnerHint = "Medarbejdernummer eller arbejdsmail, fx E003 eller lars.jensen@contoso.example.",
        OwnerButton = "Overdrag holdet",
        OwnerMissing = "Ny HR-ansvarlig: Angiv et medarbejdernummer eller en mailadresse.",
        OwnerUnknown = "Ny HR-ansvarlig: Ingen i medarbejderkataloget hedder „{0}“.",
        OwnerSame = "Ny HR-ansvarlig: Personen er allerede ansvarlig for holdet.",
        BackToCohort = "Tilbage til holdet",
    };

    public static CohortChangeText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };
}
