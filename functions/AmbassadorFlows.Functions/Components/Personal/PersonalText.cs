namespace AmbassadorFlows.Functions.Components.Personal;

/// <summary>
/// What the personal pages ("my requests", "my programme") and HR's list of shared ideas say, in en,
/// nl, fr and da. Every member is required, so a language without a text does not build. Plain
/// texts: Razor encodes them. Facts about a request or programme come from <see cref="RequestPageText"/>.
/// </summary>
public sealed record PersonalText
{
    public required string Language { get; init; }

    public required string Title { get; init; }

    /// <summary>first name → the lead.</summary>
    public required Func<string, string> Lead { get; init; }

    public required string NothingWaiting { get; init; }
    public required string KeepPrivate { get; init; }

    // My requests
    public required string RequestsTitle { get; init; }

    /// <summary>count → the lead above the requests.</summary>
    public required Func<int, string> RequestsLead { get; init; }
    public required string Approve { get; init; }
    public required string Decline { get; init; }
    public required string Later { get; init; }
    public required string YourDecision { get; init; }
    public required string Review { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string ConfirmLead { get; init; }
    public required string ConfirmSend { get; init; }
    public required string Change { get; init; }
    public required string NoReason { get; init; }
    public required string NothingChosen { get; init; }
    public required string DoneTitle { get; init; }
    public required string DoneLead { get; init; }

    /// <summary>name → this decision was recorded and the person hears from us.</summary>
    public required Func<string, string> Recorded { get; init; }

    /// <summary>name → someone decided this request before (another page or link); nothing changed.</summary>
    public required Func<string, string> AlreadyDecided { get; init; }

    /// <summary>name → the request is no longer open (timed out, ended).</summary>
    public required Func<string, string> NoLongerOpen { get; init; }
    public required string BackToPage { get; init; }

    // My programme
    public required string ProgrammeTitle { get; init; }
    public required string CurrentStep { get; init; }

    /// <summary>One name per step, in the order of the journey's steps (manager approval … ended).</summary>
    public required IReadOnlyList<string> Steps { get; init; }
    public required string Agreement { get; init; }
    public required string TrainingLeft { get; init; }
    public required string TrainingDone { get; init; }
    public required string NextMeeting { get; init; }
    public required string AddToCalendar { get; init; }
    public required string NoMeeting { get; init; }
    public required string Hours { get; init; }

    /// <summary>(hours given, hours budgeted over those months, months) → the line.</summary>
    public required Func<string, string, int, string> HoursAgainstBudget { get; init; }
    public required string NoHoursYet { get; init; }
    public required string CheckIns { get; init; }

    /// <summary>count → "3 check-ins given".</summary>
    public required Func<int, string> CheckInsGiven { get; init; }
    public required string MeetingTitle { get; init; }

    // Step down
    public required string StepDownTitle { get; init; }
    public required string StepDownIntro { get; init; }
    public required string StepDownButton { get; init; }
    public required string StepDownConfirmTitle { get; init; }
    public required string StepDownDone { get; init; }

    // Ideas
    public required string ShareTitle { get; init; }
    public required string ShareLead { get; init; }
    public required string KindLabel { get; init; }
    public required string KindIdea { get; init; }
    public required string KindSituation { get; init; }
    public required string TextLabel { get; init; }
    public required string ShareButton { get; init; }
    public required string ShareConfirmTitle { get; init; }
    public required string ShareConfirmLead { get; init; }
    public required string ShareDone { get; init; }

    /// <summary>field label → "write something".</summary>
    public required Func<string, string> TextMissing { get; init; }

    // Refusals
    public required (string Title, string Text) LinkInvalid { get; init; }
    public required (string Title, string Text) LinkRevoked { get; init; }
    public required (string Title, string Text) FormCheckFailed { get; init; }

    // HR: the cohort's ideas
    public required string IdeasTitle { get; init; }
    public required string IdeasEmpty { get; init; }
    public required string From { get; init; }
    public required string Submitted { get; init; }
    public required string Kind { get; init; }
}
