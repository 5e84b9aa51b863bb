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

    /// <summary>{0} the earliest and {1} the latest time it may move to.</summary>
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

    /// <summary>The link after the owner's name on the cohort page (its accessible name is <see cref="OwnerLink"/>).</summary>
    public required string OwnerChangeShort { get; init; }

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
        MeetingsIntro = "A meeting that has not yet begun can be moved or cancelled. Those already invited get an updated calendar invitation or a cancellation.",
        MeetingNumber = "Meeting {0}",
        MovedFrom = "moved (originally {0})",
        Cancelled = "cancelled",
        Held = "held",
        ChangeLink = "Change",
        MeetingPageHeading = "Move or cancel meeting {0}",
        MeetingNow = "It is currently planned for {0}.",
        MoveHeading = "Move to another day",
        MoveWhatHappens = "Choose a time from {0} to {1}. Everyone already invited gets an updated invitation, and this month’s check-in requests go out after the new time.",
        DateLabel = "New date",
        TimeLabel = "Start time",
        MoveButton = "Move the meeting",
        CancelHeading = "Cancel this meeting",
        CancelWhatHappens = "Everyone already invited gets a cancellation that takes the meeting out of their calendar. Nobody is asked for a check-in for this month. This cannot be undone.",
        CancelButton = "Cancel the meeting",
        DateMissing = "New date: choose a day.",
        TimeMissing = "Start time: enter a time, for example 12:30.",
        NotInFuture = "New date: that time has already passed. Choose a later one.",
        TooFar = "New date: a meeting can move at most 13 days before or after its planned time.",
        Unchanged = "New date: the meeting is already planned for that time. Choose another day or time.",
        CannotChangeHeading = "This meeting cannot be changed",
        AlreadyStarted = "This meeting has already begun or taken place. Nothing was changed.",
        AlreadyCancelled = "This meeting is already cancelled. Nothing was changed.",
        UnknownMonth = "This cohort has no meeting with that number in this term.",
        OlderVersion = "This cohort started before meetings and owners could be changed; its meetings stay as planned. Nothing was changed.",
        NotRunning = "This cohort is not running any more. Nothing was changed.",
        OwnerLink = "Change HR owner",
        OwnerChangeShort = "change",
        OwnerPageHeading = "Hand cohort {0} to another HR officer",
        OwnerNow = "The current HR owner is {0}.",
        OwnerWhatHappens = "Once you hand it over, the cohort’s requests, escalations, monthly summaries and notices go to the new owner. Requests waiting for the current owner are handed over at once: the new owner gets an email about the cohort and one per request, and the current owner is told about each request handed over.",
        OwnerLabel = "New HR owner",
        OwnerHint = "A name, a work email address or an employee ID, for example Lars Jensen, lars.jensen@contoso.example or E003.",
        OwnerButton = "Hand over the cohort",
        OwnerMissing = "New HR owner: enter a name, email address or employee ID.",
        OwnerUnknown = "New HR owner: “{0}” does not match exactly one person in the directory. Try their email address or employee ID.",
        OwnerSame = "New HR owner: this person already owns the cohort.",
        BackToCohort = "Back to the cohort",
    };

    public static readonly CohortChangeText Dutch = new()
    {
        Language = "nl",
        MeetingsHeading = "Bijeenkomsten in deze periode",
        MeetingsIntro = "Een bijeenkomst die nog niet is begonnen, kun je verplaatsen of annuleren. Wie al is uitgenodigd, krijgt een bijgewerkte agenda-uitnodiging of een annulering.",
        MeetingNumber = "Bijeenkomst {0}",
        MovedFrom = "verplaatst (oorspronkelijk {0})",
        Cancelled = "geannuleerd",
        Held = "voorbij",
        ChangeLink = "Wijzigen",
        MeetingPageHeading = "Bijeenkomst {0} verplaatsen of annuleren",
        MeetingNow = "Deze bijeenkomst staat nu gepland op {0}.",
        MoveHeading = "Verplaatsen naar een andere dag",
        MoveWhatHappens = "Kies een tijdstip tussen {0} en {1}. Iedereen die al is uitgenodigd, krijgt een bijgewerkte uitnodiging, en de vraag om de check-in van deze maand vertrekt pas na het nieuwe tijdstip.",
        DateLabel = "Nieuwe datum",
        TimeLabel = "Begintijd",
        MoveButton = "Bijeenkomst verplaatsen",
        CancelHeading = "Deze bijeenkomst annuleren",
        CancelWhatHappens = "Iedereen die al is uitgenodigd, krijgt een annulering die de bijeenkomst uit de agenda haalt. Voor deze maand wordt niemand om een check-in gevraagd. Dit kan niet ongedaan worden gemaakt.",
        CancelButton = "Bijeenkomst annuleren",
        DateMissing = "Nieuwe datum: kies een dag.",
        TimeMissing = "Begintijd: geef een tijd op, bijvoorbeeld 12:30.",
        NotInFuture = "Nieuwe datum: dat tijdstip is al voorbij. Kies een later moment.",
        TooFar = "Nieuwe datum: een bijeenkomst kan hoogstens 13 dagen vóór of na het geplande tijdstip vallen.",
        Unchanged = "Nieuwe datum: de bijeenkomst staat al op dat tijdstip gepland. Kies een andere dag of tijd.",
        CannotChangeHeading = "Deze bijeenkomst kan niet worden gewijzigd",
        AlreadyStarted = "Deze bijeenkomst is al begonnen of voorbij. Er is niets gewijzigd.",
        AlreadyCancelled = "Deze bijeenkomst is al geannuleerd. Er is niets gewijzigd.",
        UnknownMonth = "Deze groep heeft in deze periode geen bijeenkomst met dat nummer.",
        OlderVersion = "Deze groep is gestart voordat bijeenkomsten en HR-verantwoordelijken konden worden gewijzigd; de bijeenkomsten gaan door zoals gepland. Er is niets gewijzigd.",
        NotRunning = "Deze groep loopt niet meer. Er is niets gewijzigd.",
        OwnerLink = "HR-verantwoordelijke wijzigen",
        OwnerChangeShort = "wijzigen",
        OwnerPageHeading = "Groep {0} overdragen aan een andere HR-medewerker",
        OwnerNow = "De huidige HR-verantwoordelijke is {0}.",
        OwnerWhatHappens = "Na de overdracht gaan de verzoeken, escalaties, maandoverzichten en meldingen van de groep naar de nieuwe HR-verantwoordelijke. Verzoeken die op de huidige HR-verantwoordelijke wachten, worden meteen overgedragen: de nieuwe krijgt een e-mail over de groep en één per verzoek, en de huidige krijgt bericht over elk overgedragen verzoek.",
        OwnerLabel = "Nieuwe HR-verantwoordelijke",
        OwnerHint = "Een naam, een zakelijk e-mailadres of een personeelsnummer, bijvoorbeeld Lars Jensen, lars.jensen@contoso.example of E003.",
        OwnerButton = "Groep overdragen",
        OwnerMissing = "Nieuwe HR-verantwoordelijke: geef een naam, e-mailadres of personeelsnummer op.",
        OwnerUnknown = "Nieuwe HR-verantwoordelijke: „{0}” komt niet overeen met precies één persoon in de personeelsgids. Probeer het e-mailadres of het personeelsnummer.",
        OwnerSame = "Nieuwe HR-verantwoordelijke: deze persoon is al verantwoordelijk voor de groep.",
        BackToCohort = "Terug naar de groep",
    };

    public static readonly CohortChangeText French = new()
    {
        Language = "fr",
        MeetingsHeading = "Réunions de cette période",
        MeetingsIntro = "Une réunion qui n’a pas encore commencé peut être déplacée ou annulée. Les personnes déjà invitées reçoivent une invitation mise à jour ou une annulation.",
        MeetingNumber = "Réunion {0}",
        MovedFrom = "déplacée (initialement le {0})",
        Cancelled = "annulée",
        Held = "passée",
        ChangeLink = "Modifier",
        MeetingPageHeading = "Déplacer ou annuler la réunion {0}",
        MeetingNow = "Elle est prévue le {0}.",
        MoveHeading = "Déplacer à un autre jour",
        MoveWhatHappens = "Choisissez un moment entre le {0} et le {1}. Les personnes déjà invitées reçoivent une invitation mise à jour, et les demandes de point mensuel de ce mois partent après la nouvelle date.",
        DateLabel = "Nouvelle date",
        TimeLabel = "Heure de début",
        MoveButton = "Déplacer la réunion",
        CancelHeading = "Annuler cette réunion",
        CancelWhatHappens = "Les personnes déjà invitées reçoivent une annulation qui retire la réunion de leur agenda. Aucun point mensuel n’est demandé pour ce mois. Cette annulation est définitive.",
        CancelButton = "Annuler la réunion",
        DateMissing = "Nouvelle date : choisissez un jour.",
        TimeMissing = "Heure de début : indiquez une heure, par exemple 12:30.",
        NotInFuture = "Nouvelle date : cette date et cette heure sont déjà passées. Choisissez un moment ultérieur.",
        TooFar = "Nouvelle date : une réunion peut être déplacée de 13 jours au plus avant ou après le moment prévu.",
        Unchanged = "Nouvelle date : la réunion est déjà prévue à ce moment-là. Choisissez une autre date ou une autre heure.",
        CannotChangeHeading = "Cette réunion ne peut pas être modifiée",
        AlreadyStarted = "Cette réunion a déjà commencé ou a eu lieu. Rien n’a été modifié.",
        AlreadyCancelled = "Cette réunion est déjà annulée. Rien n’a été modifié.",
        UnknownMonth = "Cette cohorte n’a pas de réunion portant ce numéro dans cette période.",
        OlderVersion = "Cette cohorte a démarré avant que les réunions et la personne responsable RH puissent être modifiées ; ses réunions se tiendront comme prévu. Rien n’a été modifié.",
        NotRunning = "Cette cohorte n’est plus en cours. Rien n’a été modifié.",
        OwnerLink = "Changer de responsable RH",
        OwnerChangeShort = "modifier",
        OwnerPageHeading = "Confier la cohorte {0} à un autre membre des RH",
        OwnerNow = "Actuellement, la cohorte est suivie par {0} (responsable RH).",
        OwnerWhatHappens = "Après la passation, les demandes (y compris celles transmises aux RH faute de réponse), synthèses mensuelles et avis de la cohorte sont adressés à la nouvelle personne responsable. Les demandes en attente chez la personne responsable actuelle sont transférées immédiatement : la nouvelle personne reçoit un e-mail pour la cohorte et un par demande, et l’actuelle est prévenue de chaque transfert.",
        OwnerLabel = "Responsable RH à désigner",
        OwnerHint = "Un nom, une adresse e-mail professionnelle ou un matricule, par exemple Lars Jensen, lars.jensen@contoso.example ou E003.",
        OwnerButton = "Confier la cohorte",
        OwnerMissing = "Responsable RH à désigner : indiquez un nom, un matricule ou une adresse e-mail.",
        OwnerUnknown = "Responsable RH à désigner : « {0} » ne correspond pas à une seule personne de l’annuaire. Essayez l’adresse e-mail ou le matricule.",
        OwnerSame = "Responsable RH à désigner : cette personne est déjà responsable de la cohorte.",
        BackToCohort = "Retour à la cohorte",
    };

    public static readonly CohortChangeText Danish = new()
    {
        Language = "da",
        MeetingsHeading = "Møder i denne periode",
        MeetingsIntro = "Et møde, der endnu ikke er begyndt, kan flyttes eller aflyses. Alle, der allerede er inviteret, får en opdateret kalenderinvitation eller en aflysning.",
        MeetingNumber = "Møde {0}",
        MovedFrom = "flyttet (oprindeligt {0})",
        Cancelled = "aflyst",
        Held = "afholdt",
        ChangeLink = "Ændr",
        MeetingPageHeading = "Flyt eller aflys møde {0}",
        MeetingNow = "Mødet er planlagt til {0}.",
        MoveHeading = "Flyt til en anden dag",
        MoveWhatHappens = "Vælg et tidspunkt mellem {0} og {1}. Alle, der allerede er inviteret, får en opdateret invitation, og anmodningerne om månedens opfølgning sendes først efter det nye tidspunkt.",
        DateLabel = "Ny dato",
        TimeLabel = "Starttidspunkt",
        MoveButton = "Flyt mødet",
        CancelHeading = "Aflys dette møde",
        CancelWhatHappens = "Alle, der allerede er inviteret, får en aflysning, der fjerner mødet fra deres kalender. Ingen bliver bedt om en opfølgning for denne måned. Aflysningen kan ikke fortrydes.",
        CancelButton = "Aflys mødet",
        DateMissing = "Ny dato: Vælg en dag.",
        TimeMissing = "Starttidspunkt: Angiv et tidspunkt, fx 12.30.",
        NotInFuture = "Ny dato: Tidspunktet er allerede passeret. Vælg et senere tidspunkt.",
        TooFar = "Ny dato: Et møde kan højst flyttes 13 dage før eller efter det planlagte tidspunkt.",
        Unchanged = "Ny dato: Mødet ligger allerede på det tidspunkt. Vælg en anden dag eller et andet tidspunkt.",
        CannotChangeHeading = "Mødet kan ikke ændres",
        AlreadyStarted = "Mødet er allerede begyndt eller afholdt. Intet er ændret.",
        AlreadyCancelled = "Mødet er allerede aflyst. Intet er ændret.",
        UnknownMonth = "Holdet har ikke et møde med det nummer i denne periode.",
        OlderVersion = "Holdet startede, før møder og ansvarlige kunne ændres; møderne forbliver som planlagt. Intet er ændret.",
        NotRunning = "Holdet kører ikke længere. Intet er ændret.",
        OwnerLink = "Skift HR-ansvarlig",
        OwnerChangeShort = "skift",
        OwnerPageHeading = "Overdrag hold {0} til en anden HR-medarbejder",
        OwnerNow = "Den HR-ansvarlige er nu {0}.",
        OwnerWhatHappens = "Efter overdragelsen går holdets anmodninger, eskaleringer, månedsoversigter og meddelelser til den nye HR-ansvarlige. Anmodninger, der venter på den nuværende HR-ansvarlige, overdrages med det samme: Den nye får en e-mail om holdet og én pr. anmodning, og den nuværende får besked om hver overdraget anmodning.",
        OwnerLabel = "Ny HR-ansvarlig",
        OwnerHint = "Et navn, en arbejds-e-mailadresse eller et medarbejdernummer, fx Lars Jensen, lars.jensen@contoso.example eller E003.",
        OwnerButton = "Overdrag holdet",
        OwnerMissing = "Ny HR-ansvarlig: Angiv et navn, et medarbejdernummer eller en e-mailadresse.",
        OwnerUnknown = "Ny HR-ansvarlig: »{0}« svarer ikke til præcis én person i medarbejderkataloget. Prøv e-mailadressen eller medarbejdernummeret.",
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
