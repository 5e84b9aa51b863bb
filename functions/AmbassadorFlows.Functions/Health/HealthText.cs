using System.Globalization;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Every user-visible text of the health pages and charts, in en, nl, fr and da (the words
/// the emails use: groep/groupe/hold for a cohort, point mensuel/opfølgning for a check-in). Texts are
/// plain and HTML-safe literals; the pages encode the values put into the <c>Func</c> texts. The CSV
/// keeps fixed English column keys, so spreadsheets and scripts read it the same in every language.</summary>
public sealed record HealthText
{
    public required string Language { get; init; }

    public required Func<string, string> CohortTitle { get; init; }

    public required Func<string, string> ProgrammeTitle { get; init; }

    public required string CohortIntro { get; init; }

    /// <summary>(number of cohorts) → the programme page's introduction.</summary>
    public required Func<int, string> ProgrammeIntro { get; init; }

    public required string NoMonths { get; init; }

    public required string DownloadCsv { get; init; }

    public required string CohortPage { get; init; }

    public required string ProgrammeHealth { get; init; }

    /// <summary>(hours, formatted) → the budget line's label.</summary>
    public required Func<string, string> Budget { get; init; }

    public required (string Title, string Description) ActiveChart { get; init; }

    public required (string Title, string Description) RatesChart { get; init; }

    public required (string Title, string Description) HoursChart { get; init; }

    public required string Month { get; init; }

    public required string Meeting { get; init; }

    public required string Cohorts { get; init; }

    public required string Active { get; init; }

    public required string StepDowns { get; init; }

    public required string AtRisk { get; init; }

    public required string Attended { get; init; }

    public required string Attendance { get; init; }

    public required string CheckInsRequested { get; init; }

    public required string CheckInsAnswered { get; init; }

    public required string Answered { get; init; }

    public required string HoursReported { get; init; }

    public required string HoursReports { get; init; }

    public required string HoursPerAmbassador { get; init; }

    public required string Themes { get; init; }

    public required string Successes { get; init; }

    public required string Challenges { get; init; }

    public required string Asks { get; init; }

    public required string ThemesForHrOnly { get; init; }

    /// <summary>Above the list of cohorts on the programme page.</summary>
    public required string CohortsCounted { get; init; }

    public required Func<string, string> NoCohort { get; init; }

    public required Func<string, string> NoProgramme { get; init; }

    /// <summary>Numbers and dates in the tables as readers of the language write them.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public static HealthText English { get; } = new()
    {
        Language = "en",
        CohortTitle = id => $"Programme health · cohort {id}",
        ProgrammeTitle = id => $"Programme health · {id}",
        CohortIntro = "Month by month from the cohort's first meeting: who serves, who attends and answers, the hours against the agreed budget, step-downs and at-risk flags. Totals only: no names, no answers.",
        ProgrammeIntro = n => n == 1
            ? "This programme's one cohort, by cohort month (month 1 is its first meeting)."
            : $"All {n} cohorts of this programme, lined up by cohort month (month 1 is each cohort's first meeting) and added up.",
        NoMonths = "No months yet: they begin with the cohort's first meeting.",
        DownloadCsv = "Download as CSV",
        CohortPage = "Cohort page",
        ProgrammeHealth = "Programme health",
        Budget = hours => $"Budget: {hours} h a month per ambassador",
        ActiveChart = ("Ambassadors active and step-downs", "Bars: ambassadors serving each month. Red bars: step-downs that month."),
        RatesChart = ("Meeting attendance and check-ins answered", "Lines in percent: blue, attended the meeting (of those serving); green, check-ins answered (of those asked)."),
        HoursChart = ("Hours per ambassador against the budget", "Bars: hours reported per ambassador who reported hours. Dashed line: the agreed budget."),
        Month = "Month",
        Meeting = "Meeting",
        Cohorts = "Cohorts",
        Active = "Active",
        StepDowns = "Step-downs",
        AtRisk = "At risk",
        Attended = "Attended",
        Attendance = "Attendance",
        CheckInsRequested = "Check-ins asked",
        CheckInsAnswered = "Check-ins answered",
        Answered = "Answered",
        HoursReported = "Hours reported",
        HoursReports = "Reports",
        HoursPerAmbassador = "Hours per ambassador",
        Themes = "Feedback themes",
        Successes = "Successes",
        Challenges = "Challenges",
        Asks = "Asks",
        ThemesForHrOnly = "Feedback themes come from what ambassadors wrote: they are shown to the HR role only.",
        CohortsCounted = "Cohorts counted",
        NoCohort = id => $"No cohort {id}",
        NoProgramme = id => $"No programme {id}",
    };

    public static HealthText Dutch { get; } = new()
    {
        Language = "nl",
        CohortTitle = id => $"Gezondheid van het programma · groep {id}",
        ProgrammeTitle = id => $"Gezondheid van het programma · {id}",
        CohortIntro = "Maand per maand vanaf het eerste overleg van de groep: wie actief is, wie aanwezig is en antwoordt, de uren tegenover het afgesproken budget, stopzettingen en risicosignalen. Alleen totalen: geen namen, geen antwoorden.",
        ProgrammeIntro = n => n == 1
            ? "De enige groep van dit programma, per groepsmaand (maand 1 is het eerste overleg van de groep)."
            : $"Alle {n} groepen van dit programma, op één lijn gezet per groepsmaand (maand 1 is het eerste overleg van elke groep) en opgeteld.",
        NoMonths = "Nog geen maanden: die beginnen met het eerste overleg van de groep.",
        DownloadCsv = "Downloaden als CSV",
        CohortPage = "Pagina van de groep",
        ProgrammeHealth = "Gezondheid van het programma",
        Budget = hours => $"Budget: {hours} u per maand per ambassadeur",
        ActiveChart = ("Actieve ambassadeurs en stopzettingen", "Staven: actieve ambassadeurs per maand. Rode staven: stopzettingen in die maand."),
        RatesChart = ("Aanwezigheid op het overleg en beantwoorde check-ins", "Lijnen in procent: blauw, aanwezig op het overleg (van wie actief is); groen, beantwoorde check-ins (van de gevraagde)."),
        HoursChart = ("Uren per ambassadeur tegenover het budget", "Staven: gemelde uren per ambassadeur die uren meldde. Stippellijn: het afgesproken budget."),
        Month = "Maand",
        Meeting = "Overleg",
        Cohorts = "Groepen",
        Active = "Actief",
        StepDowns = "Stopzettingen",
        AtRisk = "Risico",
        Attended = "Aanwezig",
        Attendance = "Aanwezigheid",
        CheckInsRequested = "Check-ins gevraagd",
        CheckInsAnswered = "Check-ins beantwoord",
        Answered = "Beantwoord",
        HoursReported = "Gemelde uren",
        HoursReports = "Meldingen",
        HoursPerAmbassador = "Uren per ambassadeur",
        Themes = "Terugkerende woorden in de feedback",
        Successes = "Successen",
        Challenges = "Uitdagingen",
        Asks = "Vragen",
        ThemesForHrOnly = "De terugkerende woorden komen uit wat ambassadeurs schreven: alleen de rol HR ziet ze.",
        CohortsCounted = "Meegetelde groepen",
        NoCohort = id => $"Geen groep {id}",
        NoProgramme = id => $"Geen programma {id}",
    };

    public static HealthText French { get; } = new()
    {
        Language = "fr",
        CohortTitle = id => $"Santé du programme · groupe {id}",
        ProgrammeTitle = id => $"Santé du programme · {id}",
        CohortIntro = "Mois par mois depuis la première réunion du groupe : qui est actif, qui assiste et répond, les heures face au budget convenu, les départs et les signaux de risque. Des totaux uniquement : ni noms, ni réponses.",
        ProgrammeIntro = n => n == 1
            ? "L’unique groupe de ce programme, par mois de groupe (le mois 1 est sa première réunion)."
            : $"Les {n} groupes de ce programme, alignés par mois de groupe (le mois 1 est la première réunion de chaque groupe) et additionnés.",
        NoMonths = "Pas encore de mois : ils commencent avec la première réunion du groupe.",
        DownloadCsv = "Télécharger en CSV",
        CohortPage = "Page du groupe",
        ProgrammeHealth = "Santé du programme",
        Budget = hours => $"Budget : {hours} h par mois et par ambassadeur",
        ActiveChart = ("Ambassadeurs actifs et départs", "Barres : ambassadeurs actifs chaque mois. Barres rouges : départs ce mois-là."),
        RatesChart = ("Présence aux réunions et points mensuels faits", "Lignes en pourcentage : bleu, présents à la réunion (parmi les actifs) ; vert, points mensuels faits (parmi ceux demandés)."),
        HoursChart = ("Heures par ambassadeur face au budget", "Barres : heures déclarées par ambassadeur ayant déclaré des heures. Ligne pointillée : le budget convenu."),
        Month = "Mois",
        Meeting = "Réunion",
        Cohorts = "Groupes",
        Active = "Actifs",
        StepDowns = "Départs",
        AtRisk = "À risque",
        Attended = "Présents",
        Attendance = "Présence",
        CheckInsRequested = "Points mensuels demandés",
        CheckInsAnswered = "Points mensuels faits",
        Answered = "Faits",
        HoursReported = "Heures déclarées",
        HoursReports = "Déclarations",
        HoursPerAmbassador = "Heures par ambassadeur",
        Themes = "Mots qui reviennent dans les retours",
        Successes = "Réussites",
        Challenges = "Difficultés",
        Asks = "Demandes",
        ThemesForHrOnly = "Ces mots viennent de ce que les ambassadeurs ont écrit : seul le rôle RH les voit.",
        CohortsCounted = "Groupes comptés",
        NoCohort = id => $"Aucun groupe {id}",
        NoProgramme = id => $"Aucun programme {id}",
    };

    public static HealthText Danish { get; } = new()
    {
        Language = "da",
        CohortTitle = id => $"Programmets sundhed · hold {id}",
        ProgrammeTitle = id => $"Programmets sundhed · {id}",
        CohortIntro = "Måned for måned fra holdets første møde: hvem der er aktive, hvem der deltager og svarer, timerne i forhold til det aftalte budget, udtrædelser og risikosignaler. Kun tal: ingen navne, ingen svar.",
        ProgrammeIntro = n => n == 1
            ? "Programmets eneste hold, efter holdmåned (måned 1 er holdets første møde)."
            : $"Alle {n} hold i programmet, stillet op efter holdmåned (måned 1 er hvert holds første møde) og lagt sammen.",
        NoMonths = "Ingen måneder endnu: de begynder med holdets første møde.",
        DownloadCsv = "Hent som CSV",
        CohortPage = "Holdets side",
        ProgrammeHealth = "Programmets sundhed",
        Budget = hours => $"Budget: {hours} t om måneden pr. ambassadør",
        ActiveChart = ("Aktive ambassadører og udtrædelser", "Søjler: aktive ambassadører hver måned. Røde søjler: udtrædelser den måned."),
        RatesChart = ("Deltagelse i møder og besvarede opfølgninger", "Linjer i procent: blå, deltog i mødet (af de aktive); grøn, besvarede opfølgninger (af de udsendte)."),
        HoursChart = ("Timer pr. ambassadør i forhold til budgettet", "Søjler: indberettede timer pr. ambassadør, der indberettede timer. Stiplet linje: det aftalte budget."),
        Month = "Måned",
        Meeting = "Møde",
        Cohorts = "Hold",
        Active = "Aktive",
        StepDowns = "Udtrædelser",
        AtRisk = "I risiko",
        Attended = "Deltog",
        Attendance = "Deltagelse",
        CheckInsRequested = "Opfølgninger udsendt",
        CheckInsAnswered = "Opfølgninger besvaret",
        Answered = "Besvaret",
        HoursReported = "Indberettede timer",
        HoursReports = "Indberetninger",
        HoursPerAmbassador = "Timer pr. ambassadør",
        Themes = "Ord, der går igen i feedbacken",
        Successes = "Succeser",
        Challenges = "Udfordringer",
        Asks = "Ønsker",
        ThemesForHrOnly = "Ordene kommer fra det, ambassadørerne skrev: kun HR-rollen ser dem.",
        CohortsCounted = "Hold, der tælles med",
        NoCohort = id => $"Intet hold {id}",
        NoProgramme = id => $"Intet program {id}",
    };

    public static IReadOnlyList<HealthText> All { get; } = [English, Dutch, French, Danish];

    /// <summary>The texts for one of <see cref="PageLanguage.Supported"/>; English for any other code.</summary>
    public static HealthText In(string? language)
        => PageLanguage.Find(language) is { } code ? All.First(t => t.Language == code) : English;

    /// <summary>The texts of the language this request's reader chose, as for the rest of the
    /// dashboard (<see cref="PageLanguage.Choose"/>: <c>?lang=</c>, remembered, else Accept-Language, else English).</summary>
    public static HealthText For(HttpContext context) => In(PageLanguage.Choose(context));
}
