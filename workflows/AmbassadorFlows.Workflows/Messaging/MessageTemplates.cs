namespace AmbassadorFlows.Workflows.Messaging;

/// <summary>Every email the workflows send. Each id has a file per language under
/// Templates/{language}/{id}.txt: a "Subject:" line, a blank line, then the body.</summary>
public static class MessageTemplates
{
    public const string PostingAnnouncement = "posting-announcement";
    public const string PostingInvitation = "posting-invitation";
    public const string SelectionRequest = "selection-request";
    public const string ApplicationSelected = "application-selected";
    public const string ApplicationNotSelected = "application-not-selected";
    public const string CohortCancelled = "cohort-cancelled";
    public const string MeetingInvite = "meeting-invite";

    /// <summary>To those invited when HR moves a month's meeting, with the updated .ics (orchestration version 4 on).</summary>
    public const string MeetingMoved = "meeting-moved";

    /// <summary>To those invited when HR cancels a month's meeting, with the .ics cancellation (orchestration version 4 on).</summary>
    public const string MeetingCancelled = "meeting-cancelled";

    /// <summary>To the cohort's new HR owner (orchestration version 4 on).</summary>
    public const string HrOwnerChanged = "hr-owner-changed";
    public const string CheckInRequest = "check-in-request";
    public const string HrMonthlySummary = "hr-monthly-summary";
    public const string CohortClosed = "cohort-closed";
    public const string ManagerApprovalRequest = "manager-approval-request";
    public const string ManagerApprovalEscalation = "manager-approval-escalation";
    public const string NotApprovedInTime = "not-approved-in-time";
    public const string ManagerDeclined = "manager-declined";
    public const string ManagerDeclinedWithReason = "manager-declined-with-reason";
    public const string AgreementRequest = "agreement-request";
    public const string AgreementDeclined = "agreement-declined";
    public const string Welcome = "welcome";
    public const string TrainingAssigned = "training-assigned";
    public const string TrainingReminder = "training-reminder";
    public const string TrainingOverdue = "training-overdue";

    /// <summary>Not an email: one module's block inside <see cref="TrainingAssigned"/> and
    /// <see cref="TrainingReminder"/> (its "Subject:" line is the block's first line).</summary>
    public const string TrainingModule = "training-module";
    public const string SteppedDownThanks = "stepped-down-thanks";
    public const string LeftCompanyNotice = "left-company-notice";

    /// <summary>To the manager and HR when an ambassador steps down (orchestration version 2 on).</summary>
    public const string SteppedDownNotice = "stepped-down-notice";

    /// <summary>To HR when a manager's approval timed out (orchestration version 2 on).</summary>
    public const string NotApprovedInTimeNotice = "not-approved-in-time-notice";
    public const string RenewalWishRequest = "renewal-wish-request";
    public const string RenewalApprovalRequest = "renewal-approval-request";
    public const string RenewalConfirmed = "renewal-confirmed";
    public const string WithdrawalThanks = "withdrawal-thanks";
    public const string Reminder = "reminder";

    /// <summary>To the person HR handed an open request to, with a link of their own (sent by the app, not a workflow).</summary>
    public const string RequestHandedToYou = "request-handed-to-you";

    /// <summary>To the person an open request was taken from when HR handed it to someone else.</summary>
    public const string RequestHandedOverNotice = "request-handed-over-notice";

    /// <summary>Not an email: the frame that ends a message with the recipient's personal link.</summary>
    public const string PersonalLink = "personal-link";

    /// <summary>Messages to people who are not (yet) an ambassador or a manager asked to decide: no personal link.</summary>
    public static readonly IReadOnlySet<string> WithoutPersonalLink = new HashSet<string>(StringComparer.Ordinal)
    {
        PostingAnnouncement, PostingInvitation, SelectionRequest, ApplicationNotSelected, CohortCancelled, HrMonthlySummary, CohortClosed, TrainingModule, Reminder, PersonalLink,
        HrOwnerChanged,
    };

    public static readonly IReadOnlyList<string> All =
    [
        PostingAnnouncement, PostingInvitation, SelectionRequest, ApplicationSelected, ApplicationNotSelected,
        CohortCancelled, MeetingInvite, CheckInRequest, HrMonthlySummary, CohortClosed,
        ManagerApprovalRequest, ManagerApprovalEscalation, NotApprovedInTime, ManagerDeclined, ManagerDeclinedWithReason,
        AgreementRequest, AgreementDeclined, Welcome, TrainingAssigned, TrainingReminder, TrainingOverdue, TrainingModule,
        SteppedDownThanks, LeftCompanyNotice, SteppedDownNotice, NotApprovedInTimeNotice, RenewalWishRequest, RenewalApprovalRequest, RenewalConfirmed,
        WithdrawalThanks, Reminder, RequestHandedToYou, RequestHandedOverNotice, PersonalLink,
        MeetingMoved, MeetingCancelled, HrOwnerChanged,
    ];

    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "fr", "da"];
}
