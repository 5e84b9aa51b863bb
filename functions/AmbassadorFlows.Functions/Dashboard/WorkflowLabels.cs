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
}
