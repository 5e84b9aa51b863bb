using System.Text.RegularExpressions;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// The one mapping from the workflow's ids to what HR reads, in en, nl, fr and da: steps (the
/// orchestrations' custom-status steps such as "manager-approval" or "meeting-3", and the read
/// model's <c>AmbassadorStep</c> names such as "ManagerApproval", which are the same concept), request
/// kinds, answers, runtime statuses, the roles a step waits on, and outcomes (as short sentences).
/// Every HR page uses it (overview, cohort, dry run); the API's JSON and Ops' instance page keep the
/// ids. Ids are matched without case, '-' or '_', so "manager-approval" and "ManagerApproval" are one
/// key; a trailing number ("meeting-3", "active-term-2") fills the label's {0}. An id no language
/// names yet is shown as words ("offboarding-feedback" → "Offboarding feedback"), never dropped.
/// </summary>
public static partial class WorkflowLabels
{
    /// <summary>A step, request kind, answer or runtime status by name.</summary>
    public static string Name(string? id, string language) => Look(Names, id, language);

    /// <summary>A journey's or cohort's outcome as a short sentence.</summary>
    public static string Outcome(string? id, string language) => Look(Outcomes, id, language);

    /// <summary>Whom a step waits on, as the orchestration's custom status says it ("applicants",
    /// "journeys", or people as "manager:E014,hr:E001"): people by name (from <paramref name="names"/>,
    /// by employee id; the id when unknown) with their role, in the page's language. The labels read
    /// after "waiting on" in each language (fr "en attente de candidatures").</summary>
    public static string WaitingOn(string? waitingOn, IReadOnlyDictionary<string, string> names, string language)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (string.IsNullOrWhiteSpace(waitingOn))
        {
            return string.Empty;
        }

        var parts = waitingOn.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return Name(part, language);
            }

            var (role, id) = (part[..colon], part[(colon + 1)..]);
            var person = names.TryGetValue(id, out var name) ? name : id;
            return $"{person} ({Name(role, language)})";
        });
        return string.Join(", ", parts);
    }

    /// <summary>Whether <paramref name="language"/> names <paramref name="id"/> itself (rather than
    /// falling back to the id as words), as a step, kind, answer or status, or as an outcome.</summary>
    public static bool Knows(string id, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Names.TryGetValue(language, out var names) || !Outcomes.TryGetValue(language, out var outcomes))
        {
            return false;
        }

        var numbered = Numbered().Match(id);
        return names.ContainsKey(Key(id)) || outcomes.ContainsKey(Key(id)) || (numbered.Success && names.ContainsKey(Key(numbered.Groups[1].Value) + "#"));
    }

    private static string Look(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> table, string? id, string language)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return string.Empty;
        }

        var labels = table.TryGetValue(language, out var own) ? own : table["en"];
        var key = Key(id);
        if (labels.TryGetValue(key, out var label))
        {
            return label;
        }

        // "meeting-3", "active-term-2": the label of the step without its number, with the number in it.
        var numbered = Numbered().Match(id);
        if (numbered.Success && labels.TryGetValue(Key(numbered.Groups[1].Value) + "#", out var format))
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, numbered.Groups[2].Value);
        }

        return Words(id);
    }

    private static string Key(string id) => id.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>"offboarding-feedback" → "Offboarding feedback"; "NoSuchStep" → "No such step".</summary>
    private static string Words(string id)
    {
        var spaced = Capitals().Replace(id, " $1").Replace('-', ' ').Replace('_', ' ').Trim();
        var text = string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return text.Length == 0 ? id : char.ToUpperInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"^(.*?)-?(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Capitals();

    /// <summary>Keys are ids as <see cref="Key"/> writes them; a key ending in '#' is a numbered step's format.</summary>
    private static Dictionary<string, string> Table(params (string Id, string Label)[] labels)
        => labels.ToDictionary(l => l.Id.EndsWith('#') ? Key(l.Id[..^1]) + "#" : Key(l.Id), l => l.Label, StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Names = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = Table(
            // Cohort steps
            ("plan", "Planning"), ("posting", "Posting open"), ("selection", "HR’s selection"), ("closing", "Closing"), ("meeting#", "Meeting {0}"),
            // Journey steps (custom status and read model)
            ("manager-approval", "Manager’s approval"), ("agreement", "Agreement"), ("training", "Training"), ("active", "Active"), ("active-term#", "Active, term {0}"),
            ("renewal", "Renewal decision"), ("offboarding", "Leaving the role"), ("ended", "Ended"),
            // Runtime statuses (and the steps the read model gives ended cohorts)
            ("running", "Running"), ("pending", "Waiting to start"), ("suspended", "Paused"), ("completed", "Completed"), ("terminated", "Terminated"), ("failed", "Failed"), ("canceled", "Cancelled"), ("continued-as-new", "Restarted"),
            // Request kinds
            ("application", "Application"), ("cohort-selection", "Selection of the cohort"), ("monthly-check-in", "Monthly check-in"), ("training-module", "Training module"),
            ("renewal-wish", "Wish for another term"), ("step-down", "Step down"), ("offboarding-feedback", "Feedback on leaving"),
            // Answers
            ("apply", "Apply"), ("approve", "Approve"), ("reject", "Reject"), ("accept", "Accept"), ("decline", "Decline"), ("done", "Done"), ("submit", "Sent"),
            ("renew", "Another term"), ("step-back", "End with this term"),
            // Whom a step waits on
            ("applicants", "applicants"), ("journeys", "the journeys to end"), ("manager", "manager"), ("hr", "HR"), ("ambassador", "ambassador")),
        ["nl"] = Table(
            ("plan", "Planning"), ("posting", "Oproep loopt"), ("selection", "Selectie door HR"), ("closing", "Afronding"), ("meeting#", "Bijeenkomst {0}"),
            ("manager-approval", "Goedkeuring leidinggevende"), ("agreement", "Overeenkomst"), ("training", "Opleiding"), ("active", "Actief"), ("active-term#", "Actief, periode {0}"),
            ("renewal", "Beslissing over verlenging"), ("offboarding", "Afscheid van de rol"), ("ended", "Beëindigd"),
            ("running", "Loopt"), ("pending", "Wacht op start"), ("suspended", "Gepauzeerd"), ("completed", "Afgerond"), ("terminated", "Stopgezet"), ("failed", "Mislukt"), ("canceled", "Geannuleerd"), ("continued-as-new", "Opnieuw gestart"),
            ("application", "Kandidatuur"), ("cohort-selection", "Selectie van de groep"), ("monthly-check-in", "Maandelijkse check-in"), ("training-module", "Opleidingsmodule"),
            ("renewal-wish", "Wens tot verlenging"), ("step-down", "Stoppen"), ("offboarding-feedback", "Feedback bij vertrek"),
            ("apply", "Kandidaat stellen"), ("approve", "Goedkeuren"), ("reject", "Weigeren"), ("accept", "Aanvaarden"), ("decline", "Weigeren"), ("done", "Afgerond"), ("submit", "Verstuurd"),
            ("renew", "Nog een periode"), ("step-back", "Stoppen na deze periode"),
            ("applicants", "kandidaten"), ("journeys", "het einde van de trajecten"), ("manager", "leidinggevende"), ("hr", "HR"), ("ambassador", "ambassadeur")),
        ["fr"] = Table(
            ("plan", "Planification"), ("posting", "Appel à candidatures ouvert"), ("selection", "Sélection par les RH"), ("closing", "Clôture"), ("meeting#", "Réunion {0}"),
            ("manager-approval", "Approbation du ou de la responsable"), ("agreement", "Accord"), ("training", "Formation"), ("active", "En fonction"), ("active-term#", "En fonction, période {0}"),
            ("renewal", "Décision de renouvellement"), ("offboarding", "Départ du rôle"), ("ended", "Parcours terminé"),
            ("running", "En cours"), ("pending", "En attente de démarrage"), ("suspended", "En pause"), ("completed", "Terminé"), ("terminated", "Interrompu"), ("failed", "En échec"), ("canceled", "Annulé"), ("continued-as-new", "Redémarré"),
            ("application", "Candidature"), ("cohort-selection", "Sélection de la cohorte"), ("monthly-check-in", "Point mensuel"), ("training-module", "Module de formation"),
            ("renewal-wish", "Souhait de renouvellement"), ("step-down", "Départ du rôle"), ("offboarding-feedback", "Retour de fin de rôle"),
            ("apply", "Candidater"), ("approve", "Approuver"), ("reject", "Refuser"), ("accept", "Accepter"), ("decline", "Refuser"), ("done", "Terminé"), ("submit", "Envoyé"),
            ("renew", "Une période de plus"), ("step-back", "Arrêter après cette période"),
            ("applicants", "candidatures"), ("journeys", "la fin des parcours"), ("manager", "responsable"), ("hr", "RH"), ("ambassador", "ambassadeur ou ambassadrice")),
        ["da"] = Table(
            ("plan", "Planlægning"), ("posting", "Opslag åbent"), ("selection", "HR’s udvælgelse"), ("closing", "Afslutning"), ("meeting#", "Møde {0}"),
            ("manager-approval", "Lederens godkendelse"), ("agreement", "Aftale"), ("training", "Uddannelse"), ("active", "Aktiv"), ("active-term#", "Aktiv, periode {0}"),
            ("renewal", "Beslutning om forlængelse"), ("offboarding", "Farvel til rollen"), ("ended", "Afsluttet"),
            ("running", "Kører"), ("pending", "Venter på start"), ("suspended", "Sat på pause"), ("completed", "Gennemført"), ("terminated", "Stoppet"), ("failed", "Fejlet"), ("canceled", "Annulleret"), ("continued-as-new", "Genstartet"),
            ("application", "Ansøgning"), ("cohort-selection", "Udvælgelse til holdet"), ("monthly-check-in", "Månedlig opfølgning"), ("training-module", "Uddannelsesmodul"),
            ("renewal-wish", "Ønske om forlængelse"), ("step-down", "Træd ud af rollen"), ("offboarding-feedback", "Feedback ved afslutning"),
            ("apply", "Søg"), ("approve", "Godkend"), ("reject", "Afvis"), ("accept", "Accepter"), ("decline", "Afslå"), ("done", "Gennemført"), ("submit", "Sendt"),
            ("renew", "En periode mere"), ("step-back", "Stop efter denne periode"),
            ("applicants", "ansøgere"), ("journeys", "at forløbene slutter"), ("manager", "leder"), ("hr", "HR"), ("ambassador", "ambassadør")),
    };

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Outcomes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = Table(
            ("Withdrawn", "Served the term and left the role"), ("ManagerDeclined", "The manager declined"), ("NotApprovedInTime", "Neither the manager nor HR approved in time"),
            ("AgreementDeclined", "Declined the agreement"), ("AgreementNotAnswered", "Did not answer the agreement in time"), ("SteppedDown", "Stepped down"), ("LeftCompany", "Left the organisation"),
            ("Completed", "Every term is over"), ("NoApplicants", "Nobody applied"), ("SelectionNotApproved", "HR did not approve the selection"), ("NoAmbassadorsSelected", "HR selected nobody")),
        ["nl"] = Table(
            ("Withdrawn", "Heeft de periode volbracht en de rol afgesloten"), ("ManagerDeclined", "De leidinggevende heeft geweigerd"), ("NotApprovedInTime", "Niet op tijd goedgekeurd door de leidinggevende of HR"),
            ("AgreementDeclined", "Heeft de overeenkomst geweigerd"), ("AgreementNotAnswered", "Heeft niet op tijd op de overeenkomst geantwoord"), ("SteppedDown", "Is gestopt met de rol"), ("LeftCompany", "Heeft de organisatie verlaten"),
            ("Completed", "Alle periodes zijn voorbij"), ("NoApplicants", "Niemand heeft zich kandidaat gesteld"), ("SelectionNotApproved", "HR heeft de selectie niet goedgekeurd"), ("NoAmbassadorsSelected", "HR heeft niemand geselecteerd")),
        ["fr"] = Table(
            ("Withdrawn", "A terminé sa période et quitté le rôle"), ("ManagerDeclined", "Refus du ou de la responsable"), ("NotApprovedInTime", "Pas d’approbation à temps, ni du ou de la responsable ni des RH"),
            ("AgreementDeclined", "A refusé l’accord"), ("AgreementNotAnswered", "N’a pas répondu à temps à l’accord"), ("SteppedDown", "A quitté le rôle"), ("LeftCompany", "A quitté l’organisation"),
            ("Completed", "Toutes les périodes sont terminées"), ("NoApplicants", "Aucune candidature"), ("SelectionNotApproved", "Les RH n’ont pas approuvé la sélection"), ("NoAmbassadorsSelected", "Les RH n’ont sélectionné personne")),
        ["da"] = Table(
            ("Withdrawn", "Har gennemført perioden og forladt rollen"), ("ManagerDeclined", "Lederen sagde nej"), ("NotApprovedInTime", "Hverken lederen eller HR godkendte i tide"),
            ("AgreementDeclined", "Sagde nej til aftalen"), ("AgreementNotAnswered", "Svarede ikke på aftalen i tide"), ("SteppedDown", "Er trådt ud af rollen"), ("LeftCompany", "Har forladt organisationen"),
            ("Completed", "Alle perioder er slut"), ("NoApplicants", "Ingen søgte"), ("SelectionNotApproved", "HR godkendte ikke udvælgelsen"), ("NoAmbassadorsSelected", "HR udvalgte ingen")),
    };

    /// <summary>An audit action (<see cref="Audit.AuditActions"/>) as HR reads it, its filled-in parts
    /// (request kind, answer, step, date) said in <paramref name="language"/> too. An action no template
    /// matches is shown as it is stored, so nothing in the trail is hidden.</summary>
    public static string Action(string? action, string language)
    {
        if (string.IsNullOrWhiteSpace(action))
        {
            return string.Empty;
        }

        var labels = Actions.TryGetValue(language, out var own) ? own : Actions["en"];
        foreach (var (template, pattern) in ActionPatterns)
        {
            var match = pattern.Match(action);
            if (!match.Success || !labels.TryGetValue(template, out var label))
            {
                continue;
            }

            return label
                .Replace("{kind}", Name(match.Groups["kind"].Value, language), StringComparison.Ordinal)
                .Replace("{decision}", Name(match.Groups["decision"].Value, language), StringComparison.Ordinal)
                .Replace("{step}", Name(match.Groups["step"].Value, language), StringComparison.Ordinal)
                .Replace("{date}", ActionDate(match.Groups["date"].Value, language), StringComparison.Ordinal);
        }

        return action;
    }

    /// <summary>Whether <paramref name="language"/> says the audit action template <paramref name="template"/> itself.</summary>
    public static bool KnowsAction(string template, string language)
        => Actions.TryGetValue(language, out var labels) && labels.ContainsKey(template);

    /// <summary>An audit action's yyyy-MM-dd date as the reader writes dates ("17. marts 2026").</summary>
    private static string ActionDate(string value, string language)
    {
        var culture = Components.PageDates.CultureFor(language);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.ToString(language == "da" ? "d'.' MMMM yyyy" : "d MMMM yyyy", culture)
            : value;
    }

    /// <summary>Each template as a pattern over stored actions, the parts in braces as named groups; fixed
    /// templates first, so "closed" is never read as a part of another.</summary>
    private static readonly (string Template, Regex Pattern)[] ActionPatterns =
    [
        .. Audit.AuditActions.All
            .OrderBy(t => t.Contains('{', StringComparison.Ordinal))
            .Select(t => (t, new Regex("^" + Regex.Escape(t).Replace(@"\{", "{", StringComparison.Ordinal)
                .Replace("{kind}", "(?<kind>[^:]+)", StringComparison.Ordinal)
                .Replace("{decision}", "(?<decision>.+)", StringComparison.Ordinal)
                .Replace("{step}", "(?<step>.+)", StringComparison.Ordinal)
                .Replace("{date}", @"(?<date>\d{4}-\d{2}-\d{2})", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant))),
    ];

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Actions = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Audit.AuditActions.CohortPlanned] = "Cohort planned",
            [Audit.AuditActions.PostingClosedEarly] = "Posting closed early",
            [Audit.AuditActions.MeetingSeriesScheduled] = "Meeting series scheduled",
            [Audit.AuditActions.MeetingSeriesNotScheduled] = "Meeting series could not be scheduled",
            [Audit.AuditActions.MeetingSeriesCancelled] = "Meeting series cancelled",
            [Audit.AuditActions.MeetingCancelled] = "Meeting of {date} cancelled",
            [Audit.AuditActions.MeetingMoved] = "Meeting of {date} moved",
            [Audit.AuditActions.MeetingChangeRefused] = "Meeting change refused",
            [Audit.AuditActions.HrOwnerChanged] = "HR owner changed",
            [Audit.AuditActions.Requested] = "Request sent: {kind}",
            [Audit.AuditActions.Step] = "Step: {step}",
            [Audit.AuditActions.Closed] = "Requests closed",
            [Audit.AuditActions.UnreadableAnswer] = "Answer could not be read",
            [Audit.AuditActions.JourneyEnded] = "Journey ended",
            [Audit.AuditActions.CheckInWithInvalidFields] = "Check-in with invalid answers",
            [Audit.AuditActions.Decided] = "{kind} answered: {decision}",
            [Audit.AuditActions.DecisionNotDelivered] = "Answer not delivered",
            [Audit.AuditActions.DecisionRedelivered] = "Answer delivered again",
            [Audit.AuditActions.HandedOver] = "Request handed over",
            [Audit.AuditActions.HandedToNewManager] = "Request handed to the new manager",
            [Audit.AuditActions.ReminderSent] = "Reminder sent to the manager by HR",
            [Audit.AuditActions.LeftCompanyRecorded] = "Departure from the organisation recorded",
            [Audit.AuditActions.ErasedPersonalData] = "Personal data erased",
            [Audit.AuditActions.PersonalLinkRenewed] = "Personal link renewed",
            [Audit.AuditActions.PublishedProgramme] = "Programme published",
            [Audit.AuditActions.PersonalDataRead] = "Personal data read",
            [Audit.AuditActions.Terminated] = "Workflow terminated",
            [Audit.AuditActions.Suspended] = "Workflow paused",
            [Audit.AuditActions.Resumed] = "Workflow resumed",
            [Audit.AuditActions.EventRaised] = "Event sent to the workflow",
            [Audit.AuditActions.Purged] = "History deleted",
        },
        ["nl"] = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Audit.AuditActions.CohortPlanned] = "Groep gepland",
            [Audit.AuditActions.PostingClosedEarly] = "Oproep vroeger afgesloten",
            [Audit.AuditActions.MeetingSeriesScheduled] = "Reeks bijeenkomsten ingepland",
            [Audit.AuditActions.MeetingSeriesNotScheduled] = "Reeks bijeenkomsten kon niet worden ingepland",
            [Audit.AuditActions.MeetingSeriesCancelled] = "Reeks bijeenkomsten geannuleerd",
            [Audit.AuditActions.MeetingCancelled] = "Bijeenkomst van {date} geannuleerd",
            [Audit.AuditActions.MeetingMoved] = "Bijeenkomst van {date} verplaatst",
            [Audit.AuditActions.MeetingChangeRefused] = "Wijziging van bijeenkomst geweigerd",
            [Audit.AuditActions.HrOwnerChanged] = "HR-verantwoordelijke gewijzigd",
            [Audit.AuditActions.Requested] = "Verzoek verstuurd: {kind}",
            [Audit.AuditActions.Step] = "Stap: {step}",
            [Audit.AuditActions.Closed] = "Verzoeken afgesloten",
            [Audit.AuditActions.UnreadableAnswer] = "Antwoord kon niet worden gelezen",
            [Audit.AuditActions.JourneyEnded] = "Traject beëindigd",
            [Audit.AuditActions.CheckInWithInvalidFields] = "Check-in met ongeldige antwoorden",
            [Audit.AuditActions.Decided] = "{kind} beantwoord: {decision}",
            [Audit.AuditActions.DecisionNotDelivered] = "Antwoord niet afgeleverd",
            [Audit.AuditActions.DecisionRedelivered] = "Antwoord opnieuw afgeleverd",
            [Audit.AuditActions.HandedOver] = "Verzoek overgedragen",
            [Audit.AuditActions.HandedToNewManager] = "Verzoek overgedragen aan de nieuwe leidinggevende",
            [Audit.AuditActions.ReminderSent] = "Herinnering door HR naar de leidinggevende gestuurd",
            [Audit.AuditActions.LeftCompanyRecorded] = "Vertrek uit de organisatie geregistreerd",
            [Audit.AuditActions.ErasedPersonalData] = "Persoonsgegevens gewist",
            [Audit.AuditActions.PersonalLinkRenewed] = "Persoonlijke link vernieuwd",
            [Audit.AuditActions.PublishedProgramme] = "Programma gepubliceerd",
            [Audit.AuditActions.PersonalDataRead] = "Persoonsgegevens ingekeken",
            [Audit.AuditActions.Terminated] = "Workflow stopgezet",
            [Audit.AuditActions.Suspended] = "Workflow gepauzeerd",
            [Audit.AuditActions.Resumed] = "Workflow hervat",
            [Audit.AuditActions.EventRaised] = "Gebeurtenis naar de workflow gestuurd",
            [Audit.AuditActions.Purged] = "Geschiedenis verwijderd",
        },
        ["fr"] = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Audit.AuditActions.CohortPlanned] = "Cohorte planifiée",
            [Audit.AuditActions.PostingClosedEarly] = "Appel à candidatures clos plus tôt",
            [Audit.AuditActions.MeetingSeriesScheduled] = "Série de réunions planifiée",
            [Audit.AuditActions.MeetingSeriesNotScheduled] = "Impossible de planifier la série de réunions",
            [Audit.AuditActions.MeetingSeriesCancelled] = "Série de réunions annulée",
            [Audit.AuditActions.MeetingCancelled] = "Réunion du {date} annulée",
            [Audit.AuditActions.MeetingMoved] = "Réunion du {date} déplacée",
            [Audit.AuditActions.MeetingChangeRefused] = "Modification de réunion refusée",
            [Audit.AuditActions.HrOwnerChanged] = "Responsable RH changé",
            [Audit.AuditActions.Requested] = "Demande envoyée : {kind}",
            [Audit.AuditActions.Step] = "Étape : {step}",
            [Audit.AuditActions.Closed] = "Demandes clôturées",
            [Audit.AuditActions.UnreadableAnswer] = "Réponse illisible",
            [Audit.AuditActions.JourneyEnded] = "Parcours terminé",
            [Audit.AuditActions.CheckInWithInvalidFields] = "Point mensuel avec des réponses non valides",
            [Audit.AuditActions.Decided] = "{kind} – réponse : {decision}",
            [Audit.AuditActions.DecisionNotDelivered] = "Réponse non transmise",
            [Audit.AuditActions.DecisionRedelivered] = "Réponse transmise à nouveau",
            [Audit.AuditActions.HandedOver] = "Demande transférée",
            [Audit.AuditActions.HandedToNewManager] = "Demande transférée au ou à la nouvelle responsable",
            [Audit.AuditActions.ReminderSent] = "Rappel envoyé par les RH à la hiérarchie",
            [Audit.AuditActions.LeftCompanyRecorded] = "Départ de l’organisation enregistré",
            [Audit.AuditActions.ErasedPersonalData] = "Données personnelles effacées",
            [Audit.AuditActions.PersonalLinkRenewed] = "Lien personnel renouvelé",
            [Audit.AuditActions.PublishedProgramme] = "Programme publié",
            [Audit.AuditActions.PersonalDataRead] = "Données personnelles consultées",
            [Audit.AuditActions.Terminated] = "Workflow interrompu",
            [Audit.AuditActions.Suspended] = "Workflow mis en pause",
            [Audit.AuditActions.Resumed] = "Workflow repris",
            [Audit.AuditActions.EventRaised] = "Événement envoyé au workflow",
            [Audit.AuditActions.Purged] = "Historique supprimé",
        },
        ["da"] = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Audit.AuditActions.CohortPlanned] = "Hold planlagt",
            [Audit.AuditActions.PostingClosedEarly] = "Opslag lukket før tid",
            [Audit.AuditActions.MeetingSeriesScheduled] = "Mødeserie planlagt",
            [Audit.AuditActions.MeetingSeriesNotScheduled] = "Mødeserien kunne ikke planlægges",
            [Audit.AuditActions.MeetingSeriesCancelled] = "Mødeserie aflyst",
            [Audit.AuditActions.MeetingCancelled] = "Mødet den {date} aflyst",
            [Audit.AuditActions.MeetingMoved] = "Mødet den {date} flyttet",
            [Audit.AuditActions.MeetingChangeRefused] = "Ændring af møde afvist",
            [Audit.AuditActions.HrOwnerChanged] = "HR-ansvarlig ændret",
            [Audit.AuditActions.Requested] = "Anmodning sendt: {kind}",
            [Audit.AuditActions.Step] = "Trin: {step}",
            [Audit.AuditActions.Closed] = "Anmodninger lukket",
            [Audit.AuditActions.UnreadableAnswer] = "Svaret kunne ikke læses",
            [Audit.AuditActions.JourneyEnded] = "Forløb afsluttet",
            [Audit.AuditActions.CheckInWithInvalidFields] = "Opfølgning med ugyldige svar",
            [Audit.AuditActions.Decided] = "{kind} besvaret: {decision}",
            [Audit.AuditActions.DecisionNotDelivered] = "Svar ikke leveret",
            [Audit.AuditActions.DecisionRedelivered] = "Svar leveret igen",
            [Audit.AuditActions.HandedOver] = "Anmodning overdraget",
            [Audit.AuditActions.HandedToNewManager] = "Anmodning overdraget til den nye leder",
            [Audit.AuditActions.ReminderSent] = "HR har sendt lederen en påmindelse",
            [Audit.AuditActions.LeftCompanyRecorded] = "Fratrædelse registreret",
            [Audit.AuditActions.ErasedPersonalData] = "Personoplysninger slettet",
            [Audit.AuditActions.PersonalLinkRenewed] = "Personligt link fornyet",
            [Audit.AuditActions.PublishedProgramme] = "Program offentliggjort",
            [Audit.AuditActions.PersonalDataRead] = "Personoplysninger læst",
            [Audit.AuditActions.Terminated] = "Workflow stoppet",
            [Audit.AuditActions.Suspended] = "Workflow sat på pause",
            [Audit.AuditActions.Resumed] = "Workflow genoptaget",
            [Audit.AuditActions.EventRaised] = "Hændelse sendt til workflowet",
            [Audit.AuditActions.Purged] = "Historik slettet",
        },
    };
}
