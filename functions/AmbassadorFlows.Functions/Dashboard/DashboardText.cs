using System.Globalization;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// Every fixed text of the dashboard pages (overview, cohort, instance, outbox, email, dry run) and of
/// local mode's sign-in page, in en, nl, fr and da, with how each language writes times and numbers.
/// Each language is built with <c>new()</c>, not <c>English with</c>, so a text missing in one of them
/// does not compile instead of showing English. Texts are trusted HTML-safe literals (no &lt;, &amp; or
/// quote; a test checks), so pages insert them as they are; the values filled into the composite
/// formats ({0}, {1}) must already be encoded HTML. The English texts are what the pages said before
/// translation. Data (ids, email subjects, template names, Ops' instance page) is never translated;
/// steps, request kinds, outcomes and runtime statuses are shown to HR through <see cref="WorkflowLabels"/>.
/// </summary>
public sealed record DashboardText
{
    /// <summary>The page's language code, as in <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The culture for times and numbers.</summary>
    public required string CultureName { get; init; }

    /// <summary>Times for people: the month by name, so 02/03 cannot be read as 3 February.</summary>
    public required string TimePattern { get; init; }

    public required string DatePattern { get; init; }

    // The layout: navigation, titles and not-found pages.
    public required string Overview { get; init; }

    public required string Outbox { get; init; }

    public required string DryRun { get; init; }

    public required string HrApi { get; init; }

    public required string Languages { get; init; }

    public required string NotFound { get; init; }

    /// <summary>{0}: the cohort id.</summary>
    public required string NoCohort { get; init; }

    /// <summary>{0}: the instance id.</summary>
    public required string NoInstance { get; init; }

    public required string NoMessage { get; init; }

    // The overview.
    /// <summary>{0}: the time; {1}: the API call; {2}: a link saying <see cref="DryRunInline"/>.</summary>
    public required string OverviewIntro { get; init; }

    public required string DryRunInline { get; init; }

    public required string Cohorts { get; init; }

    public required string NoCohorts { get; init; }

    /// <summary>The link to the next page of the cohort list (the overview shows a page, newest first).</summary>
    public required string OlderCohorts { get; init; }

    /// <summary>Under a full list of open requests on the overview. {0}: how many it shows.</summary>
    public required string OldestRequestsShown { get; init; }

    /// <summary>The link back to the first page of the cohort list.</summary>
    public required string NewestCohorts { get; init; }

    public required string Cohort { get; init; }

    public required string Programme { get; init; }

    public required string Status { get; init; }

    public required string Step { get; init; }

    public required string WaitingOn { get; init; }

    public required string Since { get; init; }

    public required string AmbassadorsByStep { get; init; }

    public required string OpenRequests { get; init; }

    public required string JourneysByStep { get; init; }

    public required string NoJourneys { get; init; }

    public required string PendingRequests { get; init; }

    public required string NobodyWaitedOn { get; init; }

    public required string Request { get; init; }

    public required string Instance { get; init; }

    public required string Age { get; init; }

    public required string AnswerBySla { get; init; }

    /// <summary>{0}: the deadline.</summary>
    public required string PastDeadline { get; init; }

    /// <summary>{0}: the deadline; {1}: the time left.</summary>
    public required string TimeLeft { get; init; }

    public required string Failures { get; init; }

    public required string NoFailures { get; init; }

    public required string Orchestrator { get; init; }

    public required string FailedAt { get; init; }

    public required string Reason { get; init; }

    public required string RunningOrchestrations { get; init; }

    public required string None { get; init; }

    public required string Updated { get; init; }

    public required string LatestEmails { get; init; }

    public required string WholeOutbox { get; init; }

    // A cohort's page.
    /// <summary>{0}: the cohort id.</summary>
    public required string CohortHeading { get; init; }

    /// <summary>{0}: the programme; {1}: " v2" or nothing; {2}: the HR owner; {3}: the status.</summary>
    public required string CohortProgramme { get; init; }

    /// <summary>{0}: the step; {1}: <see cref="CommaWaitingOn"/> or nothing; {2}: since; {3}: a count; {4}: the history link.</summary>
    public required string CohortStep { get; init; }

    /// <summary>{0}: who or what.</summary>
    public required string CommaWaitingOn { get; init; }

    public required string HistoryLink { get; init; }

    /// <summary>{0}: the failure.</summary>
    public required string FailedWith { get; init; }

    /// <summary>{0}: the request; {1}: the person; {2}: since; {3}: the deadline.</summary>
    public required string CohortWait { get; init; }

    public required string AtRisk { get; init; }

    public required string NobodyAtRisk { get; init; }

    public required string Journeys { get; init; }

    public required string NoJourneysYet { get; init; }

    public required string Ambassador { get; init; }

    public required string Training { get; init; }

    public required string Attendance { get; init; }

    public required string LatestFeedback { get; init; }

    public required string Journey { get; init; }

    /// <summary>{0}: the request; {1}: the person; {2}: days waited.</summary>
    public required string JourneyWait { get; init; }

    public required string Overdue { get; init; }

    /// <summary>{0}: the month; {1}-{3}: successes, challenges, asks.</summary>
    public required string FeedbackOfMonth { get; init; }

    public required string RosterCsv { get; init; }

    /// <summary>{0}: journeys on this page; {1}: the cohort's ambassadors.</summary>
    public required string JourneysShown { get; init; }

    public required string NextJourneys { get; init; }

    public required string FirstJourneys { get; init; }

    /// <summary>The search field's label under a long list of journeys (the people search finds one person).</summary>
    public required string FindAmbassador { get; init; }

    public required string Audit { get; init; }

    // The cohort page's audit filter.
    public required string AuditWho { get; init; }

    public required string AuditAnyAction { get; init; }

    public required string AuditFrom { get; init; }

    public required string AuditUntil { get; init; }

    public required string Filter { get; init; }

    public required string AuditCsv { get; init; }

    public required string NotADate { get; init; }

    public required string AuditShowAll { get; init; }

    // An instance's page.
    /// <summary>{0}: the parent instance's link.</summary>
    public required string PartOf { get; init; }

    /// <summary>{0}-{3}: management API calls.</summary>
    public required string Repair { get; init; }

    public required string Requests { get; init; }

    public required string Asked { get; init; }

    public required string Of { get; init; }

    public required string AnswerBy { get; init; }

    public required string Outcome { get; init; }

    /// <summary>{0}: the decider.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>{0}: the answer; {1}: <see cref="DecidedBy"/> or nothing; {2}: the time.</summary>
    public required string Decided { get; init; }

    public required string Open { get; init; }

    public required string History { get; init; }

    public required string Time { get; init; }

    public required string Event { get; init; }

    public required string Details { get; init; }

    public required string PayloadsHidden { get; init; }

    public required string Input { get; init; }

    public required string Output { get; init; }

    // Audit tables.
    public required string When { get; init; }

    public required string Who { get; init; }

    public required string What { get; init; }

    public required string NothingRecorded { get; init; }

    /// <summary>{0}: entries shown (the latest); {1}: entries the filter found.</summary>
    public required string AuditLatest { get; init; }

    /// <summary>The cohort page's one line for HR's own reads of personal data: {0} count, {1} who last, {2} when.</summary>
    public required string ReadsSummary { get; init; }

    /// <summary>Said once on a page whose times are in one programme's zone; {0} is the zone's city.</summary>
    public required string TimesInZone { get; init; }

    /// <summary>Said once on a page that mixes programmes, whose times stay UTC.</summary>
    public required string TimesInUtc { get; init; }

    /// <summary>The audit trail's actor "system": the workflows and the app's own sweeps.</summary>
    public required string SystemActor { get; init; }

    // The outbox and its mail table.
    public required string OutboxSearchLabel { get; init; }

    public required string Search { get; init; }

    /// <summary>The outbox's search found nothing (<see cref="NoEmails"/> when nothing was searched).</summary>
    public required string NoEmailMatches { get; init; }

    public required string OlderEmails { get; init; }

    public required string NewestEmails { get; init; }

    public required string OutboxIntro { get; init; }

    /// <summary>Shown where mail really goes out (SMTP, ACS): the links' tokens are masked.</summary>
    public required string LinksMasked { get; init; }

    public required string Sent { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Template { get; init; }

    public required string Lang { get; init; }

    public required string NoEmails { get; init; }

    // One email.
    /// <summary>{0}: the recipient.</summary>
    public required string MessageTo { get; init; }

    /// <summary>{0}: the copied addresses.</summary>
    public required string MessageCc { get; init; }

    /// <summary>{0}: the time; {1}: the template; {2}: the language code.</summary>
    public required string MessageMeta { get; init; }

    /// <summary>{0}: the time or the error.</summary>
    public required string Relayed { get; init; }

    public required string LinksInEmail { get; init; }

    /// <summary>{0}: the attachments.</summary>
    public required string Attachments { get; init; }

    /// <summary>{0}: the file; {1}: its type; {2}: its size.</summary>
    public required string Attachment { get; init; }

    public required string AsRecipientSees { get; init; }

    public required string PlainText { get; init; }

    public required string EmailFrame { get; init; }

    // The dry run: form and result.
    public required string DryRunIntro { get; init; }

    public required string NomineesLabel { get; init; }

    public required string HrOwner { get; init; }

    public required string AudienceLabel { get; init; }

    public required string MonthsLabel { get; init; }

    public required string PlayIt { get; init; }

    public required string SendTheForm { get; init; }

    public required string DryRunIncomplete { get; init; }

    /// <summary>{0}: the most nominees; {1}: the most months.</summary>
    public required string DryRunTooLarge { get; init; }

    /// <summary>{0}: the programme id.</summary>
    public required string DryRunOf { get; init; }

    /// <summary>{0}, {1}: start and end; {2}: the cohort time; {3}: seconds; {4}: <see cref="EmailCount"/>; {5}: the status; {6}: <see cref="CommaStep"/> or nothing.</summary>
    public required string DryRunSummary { get; init; }

    /// <summary>{0}: the number of emails.</summary>
    public required string EmailCount { get; init; }

    /// <summary>{0}: the step.</summary>
    public required string CommaStep { get; init; }

    public required string AnotherDryRun { get; init; }

    public required string Emails { get; init; }

    public required string WouldBeSent { get; init; }

    public required string Email { get; init; }

    public required string AnswersGiven { get; init; }

    /// <summary>{0}: the date; {1}: the person; {2}: the request; {3}: the answer.</summary>
    public required string Answered { get; init; }

    /// <summary>{0}: the date; {1}: the ambassador.</summary>
    public required string TrainingCompleted { get; init; }

    // Local mode's sign-in page.
    public required string SignIn { get; init; }

    public required string AccessKey { get; init; }

    public required string NoKeyConfigured { get; init; }

    public required string KeyNotConfigured { get; init; }

    // Durations ("3 d 4 h"): {0} and {1} are numbers.
    public required string AgeDays { get; init; }

    public required string AgeHours { get; init; }

    public required string AgeMinutes { get; init; }

    // The programme pages.
    public required string Programmes { get; init; }

    public required string ProgrammesIntro { get; init; }

    public required string Versions { get; init; }

    public required string Version { get; init; }

    public required string PublishedAt { get; init; }

    public required string By { get; init; }

    public required string Draft { get; init; }

    public required string NoDraft { get; init; }

    /// <summary>{0}: the version; {1}: the time; {2}: who.</summary>
    public required string DraftOf { get; init; }

    public required string EditorLabel { get; init; }

    public required string SaveDraft { get; init; }

    /// <summary>{0}: the version.</summary>
    public required string PublishAs { get; init; }

    public required string PreviewDraft { get; init; }

    public required string DraftSaved { get; init; }

    /// <summary>{0}: the version.</summary>
    public required string PublishedVersion { get; init; }

    public required string DraftInvalid { get; init; }

    /// <summary>{0}: from → to.</summary>
    public required string ChangesOf { get; init; }

    public required string NoChanges { get; init; }

    public required string Field { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }

    public required string ChangesLink { get; init; }

    public required string NewProgramme { get; init; }

    public required string OpenProgramme { get; init; }

    public required string CannotPublish { get; init; }

    public static DashboardText English { get; } = new()
    {
        Language = "en",
        CultureName = "en-GB",
        TimePattern = "d MMM yyyy HH:mm",
        DatePattern = "d MMM yyyy",
        Overview = "Overview",
        Outbox = "Outbox",
        DryRun = "Dry run",
        HrApi = "HR API (OpenAPI)",
        Languages = "Language",
        NotFound = "Not found",
        NoCohort = "No cohort {0}",
        NoInstance = "No instance {0}",
        NoMessage = "No such message",
        OverviewIntro = "Clock: {0}. Start a cohort with {1} (see the walkthrough), or preview one with a {2}.",
        DryRunInline = "dry run",
        Cohorts = "Cohorts",
        NoCohorts = "No cohorts yet.",
        OlderCohorts = "Older cohorts",
        NewestCohorts = "Back to the newest cohorts",
        OldestRequestsShown = "The {0} oldest open requests are shown; each cohort’s page lists all of its own.",
        Cohort = "Cohort",
        Programme = "Programme",
        Status = "Status",
        Step = "Step",
        WaitingOn = "Waiting on",
        Since = "Since",
        AmbassadorsByStep = "Ambassadors by step",
        OpenRequests = "Open requests",
        JourneysByStep = "Journeys by step",
        NoJourneys = "No ambassador journeys yet.",
        PendingRequests = "Pending requests",
        NobodyWaitedOn = "Nobody is being waited on.",
        Request = "Request",
        Instance = "Instance",
        Age = "Age",
        AnswerBySla = "SLA (answer by)",
        PastDeadline = "{0} (past)",
        TimeLeft = "{0} ({1} left)",
        Failures = "Failures",
        NoFailures = "No failed orchestrations.",
        Orchestrator = "Orchestrator",
        FailedAt = "Failed at",
        Reason = "Reason",
        RunningOrchestrations = "Running orchestrations",
        None = "None.",
        Updated = "Updated",
        LatestEmails = "Latest emails",
        WholeOutbox = "The whole outbox",
        CohortHeading = "Cohort {0}",
        CohortProgramme = "Programme {0}{1} · HR owner {2} · {3}",
        CohortStep = "Step {0}{1} since {2} · {3} apply links open · {4}",
        CommaWaitingOn = ", waiting on {0}",
        HistoryLink = "history",
        FailedWith = "Failed: {0}",
        CohortWait = "{0} from {1} since {2} (answer by {3})",
        AtRisk = "At risk",
        NobodyAtRisk = "Nobody at risk.",
        Journeys = "Journeys",
        NoJourneysYet = "No journeys yet: they start when HR approves the selection.",
        Ambassador = "Ambassador",
        Training = "Training",
        Attendance = "Attendance",
        LatestFeedback = "Latest feedback",
        Journey = "Journey",
        JourneyWait = "{0}: {1} ({2} d)",
        Overdue = "overdue",
        FeedbackOfMonth = "month {0}: {1} / {2} / {3}",
        RosterCsv = "Download the roster as CSV",
        JourneysShown = "Showing {0} of {1} journeys, in order of employee ID.",
        NextJourneys = "Next journeys",
        FirstJourneys = "Back to the first journeys",
        FindAmbassador = "Looking for one person? Name, email address or employee ID",
        Audit = "Audit",
        AuditWho = "Who (part of a name or address)",
        AuditAnyAction = "Anything",
        AuditFrom = "From",
        AuditUntil = "Until (inclusive)",
        Filter = "Filter",
        AuditCsv = "Download these entries as CSV",
        NotADate = "Write a date such as 2026-03-31.",
        AuditShowAll = "Show everything",
        PartOf = " · part of {0}",
        Repair = "Repair with the management API, e.g. {0}, {1}, {2}, {3}.",
        Requests = "Requests",
        Asked = "Asked",
        Of = "Of",
        AnswerBy = "Answer by",
        Outcome = "Outcome",
        DecidedBy = " by {0}",
        Decided = "{0}{1} at {2}",
        Open = "open",
        History = "History",
        Time = "Time",
        Event = "Event",
        Details = "Details",
        PayloadsHidden = "Inputs, outputs and event payloads are shown to the HR role only.",
        Input = "Input",
        Output = "Output",
        When = "When",
        Who = "Who",
        What = "What",
        NothingRecorded = "Nothing recorded yet.",
        AuditLatest = "Showing the latest {0} of {1} entries. Filter by who, what or days to see earlier ones; the CSV has them all.",
        ReadsSummary = "Personal data reads: {0}; the last by {1} at {2} (each read is in the audit export).",
        TimesInZone = "All times are {0} time.",
        TimesInUtc = "All times are UTC.",
        SystemActor = "The system",
        OutboxSearchLabel = "Search by words of the subject, part of an address, or an employee id",
        Search = "Search",
        NoEmailMatches = "No email matches this search.",
        OlderEmails = "Older emails",
        NewestEmails = "Back to the newest",
        LinksMasked = "This mail really goes out to its recipients, so the secret part of each link is masked here: only the recipient can open and answer their request.",
        OutboxIntro = "Every email the app sent, newest first. Links in them work: they open this app's approval pages.",
        Sent = "Sent",
        To = "To",
        Subject = "Subject",
        Template = "Template",
        Lang = "Lang",
        NoEmails = "No emails yet.",
        MessageTo = "To {0}",
        MessageCc = " · Cc {0}",
        MessageMeta = " · {0} · template {1} · {2}",
        Relayed = "Relayed: {0}",
        LinksInEmail = "Links in this email:",
        Attachments = "Attachments: {0}",
        Attachment = "{0} ({1}, {2} bytes)",
        AsRecipientSees = "As the recipient sees it",
        PlainText = "Plain text",
        EmailFrame = "email",
        DryRunIntro = "Plays a cohort on a compressed clock (a month takes a moment) on a separate, throwaway runtime, so you can read every email before launching. Nothing is sent and the real cohorts are not touched. People answer a day after being asked, unless you choose otherwise below; each email’s buttons open a preview of the page they lead to.",
        NomineesLabel = "Nominees who will apply (employee ids)",
        HrOwner = "HR owner",
        AudienceLabel = "Posting audience (a group, or empty for the nominees only)",
        MonthsLabel = "Months to play",
        PlayIt = "Play it",
        SendTheForm = "Send the form.",
        DryRunIncomplete = "Choose a programme, an HR owner and at least one nominee.",
        DryRunTooLarge = "A dry run takes at most {0} nominees and 1–{1} months.",
        DryRunOf = "Dry run of {0}",
        DryRunSummary = "Played {0} → {1} ({2} of cohort time in {3} s). {4}. Cohort {5}{6}.",
        EmailCount = "{0} emails",
        CommaStep = ", step {0}",
        AnotherDryRun = "Another dry run",
        Emails = "Emails",
        WouldBeSent = "Would be sent",
        Email = "Email",
        AnswersGiven = "Answers given",
        Answered = "{0}: {1} answered {2} with {3}",
        TrainingCompleted = "{0}: {1} completed the training",
        SignIn = "Sign in",
        AccessKey = "Access key",
        NoKeyConfigured = "No key is configured: everyone on this machine is the local admin.",
        KeyNotConfigured = "That key is not configured here.",
        AgeDays = "{0} d {1} h",
        AgeHours = "{0} h {1} min",
        AgeMinutes = "{0} min",
        Programmes = "Programmes",
        ProgrammesIntro = "HR writes and publishes the programmes here. A cohort starts on the latest version and keeps the version it started with; a published version never changes.",
        Versions = "Versions",
        Version = "Version",
        PublishedAt = "Published",
        By = "By",
        Draft = "Draft",
        NoDraft = "No draft yet: the editor starts from the latest version.",
        DraftOf = "Draft of version {0}, saved {1} by {2}.",
        EditorLabel = "The programme as JSON (every field; the version is set when it is published)",
        SaveDraft = "Save draft",
        PublishAs = "Publish as version {0}",
        PreviewDraft = "Preview the draft in a dry run",
        DraftSaved = "Draft saved.",
        PublishedVersion = "Published version {0}.",
        DraftInvalid = "The draft was not saved. Fix these fields:",
        ChangesOf = "Changes {0}",
        NoChanges = "No field changed.",
        Field = "Field",
        Before = "Before",
        After = "After",
        ChangesLink = "changes",
        NewProgramme = "New programme (id: lower-case letters, digits and dashes)",
        OpenProgramme = "Open programme",
        CannotPublish = "Not published",
    };

    public static DashboardText Dutch { get; } = new()
    {
        Language = "nl",
        CultureName = "nl-BE",
        TimePattern = "d MMM yyyy HH:mm",
        DatePattern = "d MMM yyyy",
        Overview = "Overzicht",
        Outbox = "Verzonden e-mails",
        DryRun = "Proefdraai",
        HrApi = "HR-API (OpenAPI)",
        Languages = "Taal",
        NotFound = "Niet gevonden",
        NoCohort = "Geen groep {0}",
        NoInstance = "Geen instantie {0}",
        NoMessage = "Dit bericht bestaat niet",
        OverviewIntro = "Klok: {0}. Start een groep met {1} (zie de rondleiding), of bekijk er vooraf een in een {2}.",
        DryRunInline = "proefdraai",
        Cohorts = "Groepen",
        NoCohorts = "Nog geen groepen.",
        OlderCohorts = "Oudere groepen",
        NewestCohorts = "Terug naar de nieuwste groepen",
        OldestRequestsShown = "Hier staan de {0} oudste openstaande verzoeken; op de pagina van elke groep staan ze allemaal.",
        Cohort = "Groep",
        Programme = "Programma",
        Status = "Status",
        Step = "Stap",
        WaitingOn = "Wacht op",
        Since = "Sinds",
        AmbassadorsByStep = "Ambassadeurs per stap",
        OpenRequests = "Open verzoeken",
        JourneysByStep = "Trajecten per stap",
        NoJourneys = "Nog geen ambassadeurstrajecten.",
        PendingRequests = "Openstaande verzoeken",
        NobodyWaitedOn = "Er wordt op niemand gewacht.",
        Request = "Verzoek",
        Instance = "Instantie",
        Age = "Wachttijd",
        AnswerBySla = "SLA (antwoord vóór)",
        PastDeadline = "{0} (verstreken)",
        TimeLeft = "{0} (nog {1})",
        Failures = "Fouten",
        NoFailures = "Geen mislukte orkestraties.",
        Orchestrator = "Orchestrator",
        FailedAt = "Mislukt op",
        Reason = "Reden",
        RunningOrchestrations = "Lopende orkestraties",
        None = "Geen.",
        Updated = "Bijgewerkt",
        LatestEmails = "Laatste e-mails",
        WholeOutbox = "Alle verzonden e-mails",
        CohortHeading = "Groep {0}",
        CohortProgramme = "Programma {0}{1} · HR-verantwoordelijke {2} · {3}",
        CohortStep = "Stap {0}{1} sinds {2} · {3} kandidatuurlinks open · {4}",
        CommaWaitingOn = ", wacht op {0}",
        HistoryLink = "geschiedenis",
        FailedWith = "Mislukt: {0}",
        CohortWait = "{0} van {1} sinds {2} (antwoord vóór {3})",
        AtRisk = "Dreigt af te haken",
        NobodyAtRisk = "Niemand dreigt af te haken.",
        Journeys = "Trajecten",
        NoJourneysYet = "Nog geen trajecten: ze starten zodra HR de selectie goedkeurt.",
        Ambassador = "Ambassadeur",
        Training = "Opleiding",
        Attendance = "Aanwezigheid",
        LatestFeedback = "Laatste feedback",
        Journey = "Traject",
        JourneyWait = "{0}: {1} ({2} dg)",
        Overdue = "te laat",
        FeedbackOfMonth = "maand {0}: {1} / {2} / {3}",
        RosterCsv = "Deelnemerslijst downloaden als CSV",
        JourneysShown = "{0} van de {1} trajecten, op volgorde van personeelsnummer.",
        NextJourneys = "Volgende trajecten",
        FirstJourneys = "Terug naar de eerste trajecten",
        FindAmbassador = "Op zoek naar één persoon? Naam, e-mailadres of personeelsnummer",
        Audit = "Auditlog",
        AuditWho = "Wie (deel van een naam of adres)",
        AuditAnyAction = "Alles",
        AuditFrom = "Van",
        AuditUntil = "Tot en met",
        Filter = "Filteren",
        AuditCsv = "Deze regels downloaden als CSV",
        NotADate = "Vul een datum in, bijvoorbeeld 2026-03-31.",
        AuditShowAll = "Alles tonen",
        PartOf = " · onderdeel van {0}",
        Repair = "Herstel via de beheer-API, bijvoorbeeld {0}, {1}, {2}, {3}.",
        Requests = "Verzoeken",
        Asked = "Gevraagd",
        Of = "Aan",
        AnswerBy = "Antwoord vóór",
        Outcome = "Uitkomst",
        DecidedBy = " door {0}",
        Decided = "{0}{1} op {2}",
        Open = "openstaand",
        History = "Geschiedenis",
        Time = "Tijd",
        Event = "Gebeurtenis",
        Details = "Details",
        PayloadsHidden = "Invoer, uitvoer en de inhoud van gebeurtenissen zijn alleen zichtbaar voor de HR-rol.",
        Input = "Invoer",
        Output = "Uitvoer",
        When = "Wanneer",
        Who = "Wie",
        What = "Wat",
        NothingRecorded = "Nog niets vastgelegd.",
        AuditLatest = "De laatste {0} van {1} regels. Filter op wie, wat of dagen om eerdere te zien; de CSV bevat ze allemaal.",
        ReadsSummary = "Inzages van persoonsgegevens: {0}; de laatste door {1} op {2} (elke inzage staat in de auditexport).",
        TimesInZone = "Alle tijden zijn in de tijdzone van {0}.",
        TimesInUtc = "Alle tijden zijn in UTC.",
        SystemActor = "Het systeem",
        OutboxSearchLabel = "Zoeken op woorden uit het onderwerp, een deel van een adres of een personeelsnummer",
        Search = "Zoeken",
        NoEmailMatches = "Geen e-mail gevonden voor deze zoekopdracht.",
        OlderEmails = "Oudere e-mails",
        NewestEmails = "Terug naar de nieuwste",
        LinksMasked = "Deze mail gaat echt naar de ontvangers, dus het geheime deel van elke link is hier verborgen: alleen de ontvanger kan het verzoek openen en beantwoorden.",
        OutboxIntro = "Elke e-mail die de app verstuurde, nieuwste eerst. De links erin werken: ze openen de goedkeuringspagina’s van deze app.",
        Sent = "Verzonden",
        To = "Aan",
        Subject = "Onderwerp",
        Template = "Sjabloon",
        Lang = "Taal",
        NoEmails = "Nog geen e-mails.",
        MessageTo = "Aan {0}",
        MessageCc = " · Cc {0}",
        MessageMeta = " · {0} · sjabloon {1} · {2}",
        Relayed = "Doorgestuurd: {0}",
        LinksInEmail = "Links in deze e-mail:",
        Attachments = "Bijlagen: {0}",
        Attachment = "{0} ({1}, {2} bytes)",
        AsRecipientSees = "Zoals de ontvanger ze ziet",
        PlainText = "Platte tekst",
        EmailFrame = "e-mail",
        DryRunIntro = "Speelt een groep af op een versnelde klok (een maand duurt een ogenblik), in een aparte omgeving die daarna verdwijnt, zodat je elke e-mail kunt lezen voor je start. Er wordt niets verstuurd en de echte groepen blijven onaangeroerd. Iedereen antwoordt een dag nadat het gevraagd is, tenzij je hieronder iets anders kiest; de knoppen in elke e-mail openen een voorbeeld van de pagina waar ze naartoe leiden.",
        NomineesLabel = "Genomineerden die zich kandidaat stellen (personeelsnummers)",
        HrOwner = "HR-verantwoordelijke",
        AudienceLabel = "Doelgroep van de oproep (een groep, of leeg voor alleen de genomineerden)",
        MonthsLabel = "Aantal maanden",
        PlayIt = "Afspelen",
        SendTheForm = "Verstuur het formulier.",
        DryRunIncomplete = "Kies een programma, een HR-verantwoordelijke en minstens één genomineerde.",
        DryRunTooLarge = "Een proefdraai neemt hoogstens {0} genomineerden en 1–{1} maanden.",
        DryRunOf = "Proefdraai van {0}",
        DryRunSummary = "Afgespeeld {0} → {1} ({2} groepstijd in {3} s). {4}. Groep {5}{6}.",
        EmailCount = "{0} e-mails",
        CommaStep = ", stap {0}",
        AnotherDryRun = "Nog een proefdraai",
        Emails = "E-mails",
        WouldBeSent = "Zou verstuurd worden",
        Email = "E-mail",
        AnswersGiven = "Gegeven antwoorden",
        Answered = "{0}: {1} beantwoordde {2} met {3}",
        TrainingCompleted = "{0}: {1} rondde de opleiding af",
        SignIn = "Aanmelden",
        AccessKey = "Toegangssleutel",
        NoKeyConfigured = "Er is geen sleutel ingesteld: iedereen op deze computer is de lokale beheerder.",
        KeyNotConfigured = "Die sleutel is hier niet ingesteld.",
        AgeDays = "{0} d {1} u",
        AgeHours = "{0} u {1} min",
        AgeMinutes = "{0} min",
        Programmes = "Programma's",
        ProgrammesIntro = "HR schrijft en publiceert hier de programma's. Een groep start op de nieuwste versie en houdt de versie waarmee ze startte; een gepubliceerde versie verandert nooit.",
        Versions = "Versies",
        Version = "Versie",
        PublishedAt = "Gepubliceerd",
        By = "Door",
        Draft = "Concept",
        NoDraft = "Nog geen concept: de editor begint bij de nieuwste versie.",
        DraftOf = "Concept van versie {0}, bewaard {1} door {2}.",
        EditorLabel = "Het programma als JSON (alle velden; de versie wordt bij publicatie bepaald)",
        SaveDraft = "Concept bewaren",
        PublishAs = "Publiceren als versie {0}",
        PreviewDraft = "Concept bekijken in een proefrun",
        DraftSaved = "Concept bewaard.",
        PublishedVersion = "Versie {0} gepubliceerd.",
        DraftInvalid = "Het concept is niet bewaard. Verbeter deze velden:",
        ChangesOf = "Wijzigingen {0}",
        NoChanges = "Geen enkel veld gewijzigd.",
        Field = "Veld",
        Before = "Voor",
        After = "Na",
        ChangesLink = "wijzigingen",
        NewProgramme = "Nieuw programma (id: kleine letters, cijfers en streepjes)",
        OpenProgramme = "Programma openen",
        CannotPublish = "Niet gepubliceerd",
    };

    public static DashboardText French { get; } = new()
    {
        Language = "fr",
        CultureName = "fr-FR",
        TimePattern = "d MMM yyyy HH:mm",
        DatePattern = "d MMM yyyy",
        Overview = "Vue d’ensemble",
        Outbox = "Boîte d’envoi",
        DryRun = "Simulation",
        HrApi = "API RH (OpenAPI)",
        Languages = "Langue",
        NotFound = "Introuvable",
        NoCohort = "Aucune cohorte {0}",
        NoInstance = "Aucune instance {0}",
        NoMessage = "Ce message n’existe pas",
        OverviewIntro = "Horloge : {0}. Lancez une cohorte avec {1} (voir la visite guidée), ou prévisualisez-en une avec une {2}.",
        DryRunInline = "simulation",
        Cohorts = "Cohortes",
        NoCohorts = "Aucune cohorte pour l’instant.",
        OlderCohorts = "Cohortes plus anciennes",
        NewestCohorts = "Revenir aux cohortes les plus récentes",
        OldestRequestsShown = "Voici les {0} demandes en attente les plus anciennes ; la page de chaque cohorte les montre toutes.",
        Cohort = "Cohorte",
        Programme = "Programme",
        Status = "Statut",
        Step = "Étape",
        WaitingOn = "En attente de",
        Since = "Depuis",
        AmbassadorsByStep = "Ambassadeurs par étape",
        OpenRequests = "Demandes ouvertes",
        JourneysByStep = "Parcours par étape",
        NoJourneys = "Aucun parcours d’ambassadeur pour l’instant.",
        PendingRequests = "Demandes en attente",
        NobodyWaitedOn = "Personne n’est attendu.",
        Request = "Demande",
        Instance = "Instance",
        Age = "Attente",
        AnswerBySla = "SLA (réponse avant le)",
        PastDeadline = "{0} (dépassé)",
        TimeLeft = "{0} (encore {1})",
        Failures = "Échecs",
        NoFailures = "Aucune orchestration en échec.",
        Orchestrator = "Orchestrateur",
        FailedAt = "Date d’échec",
        Reason = "Raison",
        RunningOrchestrations = "Orchestrations en cours",
        None = "Aucune.",
        Updated = "Mise à jour",
        LatestEmails = "Derniers e-mails",
        WholeOutbox = "Toute la boîte d’envoi",
        CohortHeading = "Cohorte {0}",
        CohortProgramme = "Programme {0}{1} · responsable RH {2} · {3}",
        CohortStep = "Étape {0}{1} depuis le {2} · {3} liens de candidature ouverts · {4}",
        CommaWaitingOn = ", en attente de {0}",
        HistoryLink = "historique",
        FailedWith = "Échec : {0}",
        CohortWait = "{0} de {1} depuis le {2} (réponse avant le {3})",
        AtRisk = "À risque",
        NobodyAtRisk = "Personne n’est à risque.",
        Journeys = "Parcours",
        NoJourneysYet = "Aucun parcours pour l’instant : ils commencent quand les RH approuvent la sélection.",
        Ambassador = "Ambassadeur",
        Training = "Formation",
        Attendance = "Présence",
        LatestFeedback = "Dernier retour",
        Journey = "Parcours",
        JourneyWait = "{0} : {1} ({2} j)",
        Overdue = "en retard",
        FeedbackOfMonth = "mois {0} : {1} / {2} / {3}",
        RosterCsv = "Télécharger la liste des ambassadeurs en CSV",
        JourneysShown = "{0} parcours affichés sur {1}, par ordre de matricule.",
        NextJourneys = "Parcours suivants",
        FirstJourneys = "Revenir aux premiers parcours",
        FindAmbassador = "Vous cherchez une personne ? Nom, adresse e-mail ou matricule",
        Audit = "Journal d’audit",
        AuditWho = "Qui (partie d’un nom ou d’une adresse)",
        AuditAnyAction = "Tout",
        AuditFrom = "Du",
        AuditUntil = "Jusqu’au (inclus)",
        Filter = "Filtrer",
        AuditCsv = "Télécharger ces entrées en CSV",
        NotADate = "Saisissez une date, par exemple 2026-03-31.",
        AuditShowAll = "Tout afficher",
        PartOf = " · fait partie de {0}",
        Repair = "Réparez avec l’API de gestion, par exemple {0}, {1}, {2}, {3}.",
        Requests = "Demandes",
        Asked = "Demandée",
        Of = "À",
        AnswerBy = "Réponse avant le",
        Outcome = "Résultat",
        DecidedBy = " par {0}",
        Decided = "{0}{1} le {2}",
        Open = "ouverte",
        History = "Historique",
        Time = "Heure",
        Event = "Événement",
        Details = "Détails",
        PayloadsHidden = "Les entrées, les sorties et le contenu des événements ne sont visibles que pour le rôle RH.",
        Input = "Entrée",
        Output = "Sortie",
        When = "Quand",
        Who = "Qui",
        What = "Quoi",
        NothingRecorded = "Rien n’est encore enregistré.",
        AuditLatest = "Les {0} dernières entrées sur {1}. Filtrez par personne, action ou dates pour voir les précédentes ; le CSV les contient toutes.",
        ReadsSummary = "Consultations de données personnelles : {0} ; la dernière par {1} le {2} (chaque consultation figure dans l’export d’audit).",
        TimesInZone = "Toutes les heures sont à l’heure de {0}.",
        TimesInUtc = "Toutes les heures sont en UTC.",
        SystemActor = "Le système",
        OutboxSearchLabel = "Rechercher par mots de l’objet, partie d’une adresse ou matricule",
        Search = "Rechercher",
        NoEmailMatches = "Aucun e-mail ne correspond à cette recherche.",
        OlderEmails = "E-mails plus anciens",
        NewestEmails = "Revenir aux plus récents",
        LinksMasked = "Ces e-mails partent vraiment vers leurs destinataires : la partie secrète de chaque lien est donc masquée ici, et seul le destinataire peut ouvrir sa demande et y répondre.",
        OutboxIntro = "Chaque e-mail envoyé par l’application, du plus récent au plus ancien. Leurs liens fonctionnent : ils ouvrent les pages d’approbation de cette application.",
        Sent = "Envoyé",
        To = "À",
        Subject = "Objet",
        Template = "Modèle",
        Lang = "Langue",
        NoEmails = "Aucun e-mail pour l’instant.",
        MessageTo = "À {0}",
        MessageCc = " · Cc {0}",
        MessageMeta = " · {0} · modèle {1} · {2}",
        Relayed = "Relayé : {0}",
        LinksInEmail = "Liens dans cet e-mail :",
        Attachments = "Pièces jointes : {0}",
        Attachment = "{0} ({1}, {2} octets)",
        AsRecipientSees = "Tel que le destinataire le voit",
        PlainText = "Texte brut",
        EmailFrame = "e-mail",
        DryRunIntro = "Joue une cohorte sur une horloge accélérée (un mois passe en un instant), dans un environnement séparé et jetable, pour que vous puissiez lire chaque e-mail avant le lancement. Rien n’est envoyé et les vraies cohortes ne sont pas touchées. Chacun répond un jour après avoir été sollicité, sauf si vous choisissez autrement ci-dessous ; les boutons de chaque e-mail ouvrent un aperçu de la page vers laquelle ils mènent.",
        NomineesLabel = "Personnes proposées qui postuleront (matricules)",
        HrOwner = "Responsable RH",
        AudienceLabel = "Public de l’appel à candidatures (un groupe, ou vide pour les seules personnes proposées)",
        MonthsLabel = "Nombre de mois à jouer",
        PlayIt = "Lancer",
        SendTheForm = "Envoyez le formulaire.",
        DryRunIncomplete = "Choisissez un programme, un responsable RH et au moins une personne proposée.",
        DryRunTooLarge = "Une simulation accepte au plus {0} personnes proposées et de 1 à {1} mois.",
        DryRunOf = "Simulation de {0}",
        DryRunSummary = "Joué du {0} au {1} ({2} de temps de cohorte en {3} s). {4}. Cohorte {5}{6}.",
        EmailCount = "{0} e-mails",
        CommaStep = ", étape {0}",
        AnotherDryRun = "Une autre simulation",
        Emails = "E-mails",
        WouldBeSent = "Envoi prévu",
        Email = "E-mail",
        AnswersGiven = "Réponses données",
        Answered = "{0} : {1} a répondu à {2} par {3}",
        TrainingCompleted = "{0} : {1} a terminé la formation",
        SignIn = "Connexion",
        AccessKey = "Clé d’accès",
        NoKeyConfigured = "Aucune clé n’est configurée : toute personne sur cette machine est l’administrateur local.",
        KeyNotConfigured = "Cette clé n’est pas configurée ici.",
        AgeDays = "{0} j {1} h",
        AgeHours = "{0} h {1} min",
        AgeMinutes = "{0} min",
        Programmes = "Programmes",
        ProgrammesIntro = "Les RH rédigent et publient ici les programmes. Une cohorte démarre sur la dernière version et garde celle avec laquelle elle a démarré ; une version publiée ne change jamais.",
        Versions = "Versions",
        Version = "Version",
        PublishedAt = "Publiée",
        By = "Par",
        Draft = "Brouillon",
        NoDraft = "Pas encore de brouillon : l’éditeur part de la dernière version.",
        DraftOf = "Brouillon de la version {0}, enregistré le {1} par {2}.",
        EditorLabel = "Le programme en JSON (tous les champs ; la version est fixée à la publication)",
        SaveDraft = "Enregistrer le brouillon",
        PublishAs = "Publier comme version {0}",
        PreviewDraft = "Prévisualiser le brouillon en simulation",
        DraftSaved = "Brouillon enregistré.",
        PublishedVersion = "Version {0} publiée.",
        DraftInvalid = "Le brouillon n’a pas été enregistré. Corrigez ces champs :",
        ChangesOf = "Modifications {0}",
        NoChanges = "Aucun champ modifié.",
        Field = "Champ",
        Before = "Avant",
        After = "Après",
        ChangesLink = "modifications",
        NewProgramme = "Nouveau programme (id : minuscules, chiffres et tirets)",
        OpenProgramme = "Ouvrir le programme",
        CannotPublish = "Non publié",
    };

    public static DashboardText Danish { get; } = new()
    {
        Language = "da",
        CultureName = "da-DK",
        TimePattern = "d. MMM yyyy HH.mm",
        DatePattern = "d. MMM yyyy",
        Overview = "Oversigt",
        Outbox = "Udbakke",
        DryRun = "Prøvekørsel",
        HrApi = "HR-API (OpenAPI)",
        Languages = "Sprog",
        NotFound = "Ikke fundet",
        NoCohort = "Intet hold {0}",
        NoInstance = "Ingen instans {0}",
        NoMessage = "Beskeden findes ikke",
        OverviewIntro = "Ur: {0}. Start et hold med {1} (se gennemgangen), eller se et på forhånd med en {2}.",
        DryRunInline = "prøvekørsel",
        Cohorts = "Hold",
        NoCohorts = "Ingen hold endnu.",
        OlderCohorts = "Ældre hold",
        NewestCohorts = "Tilbage til de nyeste hold",
        OldestRequestsShown = "Her vises de {0} ældste åbne anmodninger; hvert holds side viser alle holdets egne.",
        Cohort = "Hold",
        Programme = "Program",
        Status = "Status",
        Step = "Trin",
        WaitingOn = "Venter på",
        Since = "Siden",
        AmbassadorsByStep = "Ambassadører pr. trin",
        OpenRequests = "Åbne anmodninger",
        JourneysByStep = "Forløb pr. trin",
        NoJourneys = "Ingen ambassadørforløb endnu.",
        PendingRequests = "Ventende anmodninger",
        NobodyWaitedOn = "Der ventes ikke på nogen.",
        Request = "Anmodning",
        Instance = "Instans",
        Age = "Ventetid",
        AnswerBySla = "SLA (svar senest)",
        PastDeadline = "{0} (overskredet)",
        TimeLeft = "{0} ({1} tilbage)",
        Failures = "Fejl",
        NoFailures = "Ingen fejlede orkestreringer.",
        Orchestrator = "Orkestrator",
        FailedAt = "Fejlet",
        Reason = "Årsag",
        RunningOrchestrations = "Kørende orkestreringer",
        None = "Ingen.",
        Updated = "Opdateret",
        LatestEmails = "Seneste e-mails",
        WholeOutbox = "Hele udbakken",
        CohortHeading = "Hold {0}",
        CohortProgramme = "Program {0}{1} · HR-ansvarlig {2} · {3}",
        CohortStep = "Trin {0}{1} siden {2} · {3} ansøgningslinks åbne · {4}",
        CommaWaitingOn = ", venter på {0}",
        HistoryLink = "historik",
        FailedWith = "Fejlet: {0}",
        CohortWait = "{0} fra {1} siden {2} (svar senest {3})",
        AtRisk = "I risiko",
        NobodyAtRisk = "Ingen i risiko.",
        Journeys = "Forløb",
        NoJourneysYet = "Ingen forløb endnu: de starter, når HR godkender udvælgelsen.",
        Ambassador = "Ambassadør",
        Training = "Træning",
        Attendance = "Fremmøde",
        LatestFeedback = "Seneste feedback",
        Journey = "Forløb",
        JourneyWait = "{0}: {1} ({2} d.)",
        Overdue = "forsinket",
        FeedbackOfMonth = "måned {0}: {1} / {2} / {3}",
        RosterCsv = "Download deltagerlisten som CSV",
        JourneysShown = "Viser {0} af {1} forløb i rækkefølge efter medarbejdernummer.",
        NextJourneys = "Næste forløb",
        FirstJourneys = "Tilbage til de første forløb",
        FindAmbassador = "Leder du efter en bestemt person? Navn, e-mailadresse eller medarbejdernummer",
        Audit = "Revisionslog",
        AuditWho = "Hvem (del af et navn eller en adresse)",
        AuditAnyAction = "Alt",
        AuditFrom = "Fra",
        AuditUntil = "Til og med",
        Filter = "Filtrér",
        AuditCsv = "Download disse poster som CSV",
        NotADate = "Skriv en dato, f.eks. 2026-03-31.",
        AuditShowAll = "Vis alt",
        PartOf = " · del af {0}",
        Repair = "Ret op med administrations-API’et, f.eks. {0}, {1}, {2}, {3}.",
        Requests = "Anmodninger",
        Asked = "Spurgt",
        Of = "Til",
        AnswerBy = "Svar senest",
        Outcome = "Udfald",
        DecidedBy = " af {0}",
        Decided = "{0}{1} den {2}",
        Open = "åben",
        History = "Historik",
        Time = "Tid",
        Event = "Hændelse",
        Details = "Detaljer",
        PayloadsHidden = "Input, output og hændelsernes indhold vises kun for HR-rollen.",
        Input = "Input",
        Output = "Output",
        When = "Hvornår",
        Who = "Hvem",
        What = "Hvad",
        NothingRecorded = "Intet registreret endnu.",
        AuditLatest = "Viser de seneste {0} af {1} poster. Filtrer på hvem, hvad eller dage for at se tidligere poster; CSV-filen har dem alle.",
        ReadsSummary = "Læsninger af personoplysninger: {0}; den seneste af {1} {2} (hver læsning står i revisionseksporten).",
        TimesInZone = "Alle tidspunkter er angivet i tidszonen for {0}.",
        TimesInUtc = "Alle tidspunkter er angivet i UTC.",
        SystemActor = "Systemet",
        OutboxSearchLabel = "Søg på ord i emnet, en del af en adresse eller et medarbejdernummer",
        Search = "Søg",
        NoEmailMatches = "Ingen e-mails matcher søgningen.",
        OlderEmails = "Ældre e-mails",
        NewestEmails = "Tilbage til de nyeste",
        LinksMasked = "Disse mails sendes faktisk til modtagerne, så den hemmelige del af hvert link er skjult her: kun modtageren kan åbne og besvare sin anmodning.",
        OutboxIntro = "Alle e-mails, appen har sendt, nyeste først. Linkene i dem virker: de åbner appens godkendelsessider.",
        Sent = "Sendt",
        To = "Til",
        Subject = "Emne",
        Template = "Skabelon",
        Lang = "Sprog",
        NoEmails = "Ingen e-mails endnu.",
        MessageTo = "Til {0}",
        MessageCc = " · Cc {0}",
        MessageMeta = " · {0} · skabelon {1} · {2}",
        Relayed = "Videresendt: {0}",
        LinksInEmail = "Links i denne e-mail:",
        Attachments = "Vedhæftede filer: {0}",
        Attachment = "{0} ({1}, {2} bytes)",
        AsRecipientSees = "Sådan ser modtageren den",
        PlainText = "Ren tekst",
        EmailFrame = "e-mail",
        DryRunIntro = "Afspiller et hold på et komprimeret ur (en måned tager et øjeblik) i et separat miljø, der smides væk bagefter, så du kan læse alle e-mails før lanceringen. Intet bliver sendt, og de rigtige hold berøres ikke. Alle svarer en dag efter, at de er blevet spurgt, medmindre du vælger noget andet nedenfor; knapperne i hver e-mail åbner en forhåndsvisning af den side, de fører til.",
        NomineesLabel = "Nominerede, der vil ansøge (medarbejdernumre)",
        HrOwner = "HR-ansvarlig",
        AudienceLabel = "Opslagets målgruppe (en gruppe, eller tom for kun de nominerede)",
        MonthsLabel = "Antal måneder",
        PlayIt = "Afspil",
        SendTheForm = "Send formularen.",
        DryRunIncomplete = "Vælg et program, en HR-ansvarlig og mindst én nomineret.",
        DryRunTooLarge = "En prøvekørsel tager højst {0} nominerede og 1–{1} måneder.",
        DryRunOf = "Prøvekørsel af {0}",
        DryRunSummary = "Afspillet {0} → {1} ({2} holdtid på {3} s). {4}. Hold {5}{6}.",
        EmailCount = "{0} e-mails",
        CommaStep = ", trin {0}",
        AnotherDryRun = "En prøvekørsel til",
        Emails = "E-mails",
        WouldBeSent = "Ville blive sendt",
        Email = "E-mail",
        AnswersGiven = "Afgivne svar",
        Answered = "{0}: {1} svarede på {2} med {3}",
        TrainingCompleted = "{0}: {1} gennemførte træningen",
        SignIn = "Log ind",
        AccessKey = "Adgangsnøgle",
        NoKeyConfigured = "Ingen nøgle er konfigureret: alle på denne maskine er lokal administrator.",
        KeyNotConfigured = "Den nøgle er ikke konfigureret her.",
        AgeDays = "{0} d {1} t",
        AgeHours = "{0} t {1} min",
        AgeMinutes = "{0} min",
        Programmes = "Programmer",
        ProgrammesIntro = "HR skriver og offentliggør programmerne her. Et hold starter på den nyeste version og beholder den version, det startede med; en offentliggjort version ændres aldrig.",
        Versions = "Versioner",
        Version = "Version",
        PublishedAt = "Offentliggjort",
        By = "Af",
        Draft = "Kladde",
        NoDraft = "Ingen kladde endnu: editoren starter fra den nyeste version.",
        DraftOf = "Kladde til version {0}, gemt {1} af {2}.",
        EditorLabel = "Programmet som JSON (alle felter; versionen fastsættes ved offentliggørelse)",
        SaveDraft = "Gem kladde",
        PublishAs = "Offentliggør som version {0}",
        PreviewDraft = "Se kladden i en prøvekørsel",
        DraftSaved = "Kladde gemt.",
        PublishedVersion = "Version {0} offentliggjort.",
        DraftInvalid = "Kladden blev ikke gemt. Ret disse felter:",
        ChangesOf = "Ændringer {0}",
        NoChanges = "Ingen felter ændret.",
        Field = "Felt",
        Before = "Før",
        After = "Efter",
        ChangesLink = "ændringer",
        NewProgramme = "Nyt program (id: små bogstaver, tal og bindestreger)",
        OpenProgramme = "Åbn program",
        CannotPublish = "Ikke offentliggjort",
    };

    public static IReadOnlyList<DashboardText> All { get; } = [English, Dutch, French, Danish];

    public CultureInfo Culture => CultureInfo.GetCultureInfo(CultureName);

    /// <summary>The texts for one of <see cref="PageLanguage.Supported"/>; English for any other code.</summary>
    public static DashboardText For(string? language)
        => PageLanguage.Find(language) is { } code ? All.First(t => t.Language == code) : English;

    /// <summary>The texts of the language this request's reader chose (see <see cref="PageLanguage.Choose"/>).</summary>
    public static DashboardText For(HttpContext context) => For(PageLanguage.Choose(context));

    /// <summary>A composite text filled in this language's culture; <paramref name="args"/> are encoded HTML or numbers.</summary>
    public string Format(string text, params object?[] args) => string.Format(Culture, text, args);

    /// <summary>The zone this page's times are said in: set by pages that say it once (<see cref="InZone"/>,
    /// with <see cref="ZoneNote"/>); null on pages that have not, whose times say "UTC" after each.</summary>
    public TimeZoneInfo? Zone { get; init; }

    /// <summary>These texts with times in <paramref name="zone"/> (UTC for pages that mix programmes).</summary>
    public DashboardText InZone(TimeZoneInfo zone) => this with { Zone = zone };

    /// <summary>The sentence a page says once about its times ("All times are Brussels time."), or empty
    /// when the page has not chosen a zone.</summary>
    public string ZoneNote() => Zone is null ? string.Empty
        : Zone == TimeZoneInfo.Utc || Zone.Id is "UTC" or "Etc/UTC" ? TimesInUtc
        : Format(TimesInZone, ZoneCity.Of(Zone.Id, Language));

    /// <summary>A time for people as plain text, for Razor pages (which encode). In the page's zone as the
    /// reader writes it ("17. marts 2026 kl. 08.00") when the page said its zone; otherwise in UTC with
    /// "UTC" after it (the reader's own zone is unknown: no script).</summary>
    public string TimeText(DateTimeOffset? value)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        if (Zone is null)
        {
            return v.UtcDateTime.ToString(TimePattern, Culture) + " UTC";
        }

        var local = TimeZoneInfo.ConvertTime(v, Zone);
        var pattern = Language switch
        {
            "da" => "d'. 'MMMM yyyy' kl. 'HH'.'mm",
            "fr" => "d MMMM yyyy' à 'HH':'mm",
            "nl" => "d MMMM yyyy' om 'HH':'mm",
            _ => "d MMMM yyyy', 'HH':'mm",
        };
        return local.ToString(pattern, Culture);
    }

    /// <summary>A day for people as plain text (in the page's zone when it said one, else UTC), for Razor pages.</summary>
    public string DayText(DateTimeOffset value)
        => Zone is null ? value.UtcDateTime.ToString(DatePattern, Culture) : TimeZoneInfo.ConvertTime(value, Zone).ToString(DatePattern, Culture);

    public string Number(double value, string format) => value.ToString(format, Culture);

    /// <summary>"3 d 4 h", "25 min": how long something has waited, in this language's units.</summary>
    public string Duration(TimeSpan age)
    {
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        return age.TotalDays >= 1 ? Format(AgeDays, (int)age.TotalDays, age.Hours)
            : age.TotalHours >= 1 ? Format(AgeHours, (int)age.TotalHours, age.Minutes)
            : Format(AgeMinutes, (int)age.TotalMinutes);
    }
}
