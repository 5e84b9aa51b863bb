namespace AmbassadorFlows.Functions.Audit;

/// <summary>
/// Every action the app and its workflows write into the audit trail, as the trail stores it (the id
/// the CSV export and the API keep). Parts the code fills in are named in braces: {kind} (a request
/// kind), {decision} (an answer), {step} (a journey step), {date} (yyyy-MM-dd). The workflows cannot see
/// this class (they are a project below it) and released activities keep their literals, so a test reads
/// the code's audit writes and checks each matches one of these, and that
/// <see cref="Dashboard.WorkflowLabels.Action"/> says each in every language HR reads.
/// </summary>
public static class AuditActions
{
    // Workflows (activities and the cohort orchestration)
    public const string CohortPlanned = "cohort planned";
    public const string PostingClosedEarly = "posting closed early";
    public const string MeetingSeriesScheduled = "meeting series scheduled";
    public const string MeetingSeriesNotScheduled = "meeting series not scheduled";
    public const string MeetingSeriesCancelled = "meeting series cancelled";
    public const string MeetingCancelled = "meeting of {date} cancelled";
    public const string MeetingMoved = "meeting of {date} moved";
    public const string MeetingChangeRefused = "meeting change refused";
    public const string HrOwnerChanged = "HR owner changed";
    public const string Requested = "requested {kind}";
    public const string Step = "step {step}";
    public const string Closed = "closed";
    public const string UnreadableAnswer = "unreadable answer";
    public const string JourneyEnded = "journey ended";
    public const string CheckInWithInvalidFields = "check-in with invalid fields";

    // The app: answers, hand-overs, people, privacy, programmes, Ops
    public const string Decided = "decided {kind}: {decision}";
    public const string DecisionNotDelivered = "decision not delivered";
    public const string DecisionRedelivered = "decision redelivered";
    public const string HandedOver = "request handed over";
    public const string HandedToNewManager = "request handed to new manager";
    public const string ReminderSent = "reminder sent by HR";
    public const string LeftCompanyRecorded = "left company recorded";
    public const string ErasedPersonalData = "erased personal data";
    public const string PersonalLinkRenewed = "personal link renewed";
    public const string PublishedProgramme = "published programme";
    public const string PersonalDataRead = "personal data read";
    public const string Terminated = "terminated";
    public const string Suspended = "suspended";
    public const string Resumed = "resumed";
    public const string EventRaised = "event raised";
    public const string Purged = "purged";

    /// <summary>Every action above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CohortPlanned, PostingClosedEarly, MeetingSeriesScheduled, MeetingSeriesNotScheduled, MeetingSeriesCancelled, MeetingCancelled,
        MeetingMoved, MeetingChangeRefused, HrOwnerChanged,
        Requested, Step, Closed, UnreadableAnswer, JourneyEnded, CheckInWithInvalidFields,
        Decided, DecisionNotDelivered, DecisionRedelivered, HandedOver, HandedToNewManager, ReminderSent, LeftCompanyRecorded, ErasedPersonalData,
        PersonalLinkRenewed, PublishedProgramme, PersonalDataRead, Terminated, Suspended, Resumed, EventRaised, Purged,
    ];
}
