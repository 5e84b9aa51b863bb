namespace AmbassadorFlows.Functions.Components;

/// <summary>
/// What the request pages say about the request itself (who, which programme, what is agreed, what
/// happens next), in en, nl, fr and da. Every member is required, so a language without a text does
/// not build. Texts are plain: Razor encodes them and the values put into them.
/// </summary>
public sealed record RequestPageText
{
    public required string Language { get; init; }

    // Facts
    public required string Employee { get; init; }
    public required string Department { get; init; }
    public required string JobTitle { get; init; }
    public required string Programme { get; init; }
    public required string Purpose { get; init; }
    public required string TimeBudget { get; init; }
    public required string Term { get; init; }
    public required string NextTerm { get; init; }
    public required string Tasks { get; init; }
    public required string Meetings { get; init; }
    public required string Training { get; init; }
    public required string Version { get; init; }
    public required string AmbassadorRole { get; init; }

    /// <summary>hours → "3 hours a month".</summary>
    public required Func<double, string> HoursPerMonth { get; init; }

    /// <summary>(start, end) → "from 1 April 2026 to 1 October 2026".</summary>
    public required Func<string, string, string> FromTo { get; init; }

    /// <summary>months → "6 months".</summary>
    public required Func<int, string> Months { get; init; }

    /// <summary>(week ordinal, weekday, time, minutes, time zone) → the cadence.</summary>
    public required Func<string, string, string, int, string, string> MeetingCadence { get; init; }

    /// <summary>First, second, third, fourth, last (week of the month, 1–5).</summary>
    public required IReadOnlyList<string> WeekOrdinals { get; init; }

    public required string RoleInternal { get; init; }
    public required string RoleExternal { get; init; }
    public required string RoleBoth { get; init; }

    /// <summary>date → "Please answer by 5 March 2026."</summary>
    public required Func<string, string> AnswerBy { get; init; }

    public required string WhatHappensNext { get; init; }

    // Manager approval
    /// <summary>employee name → the lead under the title.</summary>
    public required Func<string, string> ManagerLead { get; init; }
    /// <summary>employee name → the lead when the request was escalated to HR (the manager did not answer).</summary>
    public required Func<string, string> EscalatedLead { get; init; }
    public required string WhatApprovingMeans { get; init; }

    /// <summary>(name, hours a month, start, end) → what the manager commits to.</summary>
    public required Func<string, string, string, string, string> ManagerCommits { get; init; }
    public required string DeclineReason { get; init; }

    /// <summary>Under the comment box of a first approval: a decline reason reaches the employee.</summary>
    public required Func<string, string> ReasonPassedOn { get; init; }

    // Application and renewal
    public required string ApplicationLead { get; init; }
    public required string Motivation { get; init; }
    public required string RenewalWishLead { get; init; }

    /// <summary>employee name → the renewal lead for manager and HR.</summary>
    public required Func<string, string> RenewalLead { get; init; }

    // Agreement
    public required string AgreementLead { get; init; }
    public required string Responsibilities { get; init; }
    public required string Expectations { get; init; }
    public required string YourRights { get; init; }
    public required string StepDownAnyTime { get; init; }

    /// <summary>days → what happens to their data after the role.</summary>
    public required Func<int, string> DataAfter { get; init; }

    // Training
    /// <summary>date → "Due by 20 March 2026".</summary>
    public required Func<string, string> DueBy { get; init; }
    public required string OpenModuleHint { get; init; }
    public required string MarkDoneHint { get; init; }

    // Check-in
    /// <summary>(month number, meeting date) → the lead.</summary>
    public required Func<int, string, string> CheckInLead { get; init; }
    public required string AttendedQuestion { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string HoursHint { get; init; }
    public required string NoTimeLegend { get; init; }
    public required string NoTimeOption { get; init; }
    public required string NoTimeHint { get; init; }
    public required string WhatIsShared { get; init; }

    /// <summary>field label → the message for hours that are not a number between 0 and 200.</summary>
    public required Func<string, string> HoursError { get; init; }

    /// <summary>(field label, maximum length) → the message for a text that is too long.</summary>
    public required Func<string, int, string> TooLongError { get; init; }

    /// <summary>field label → the message for any other refused value.</summary>
    public required Func<string, string> FieldError { get; init; }
    public required string FixAndSend { get; init; }

    // Step down
    public required string StepDownLead { get; init; }
    public required IReadOnlyList<string> StepDownHappens { get; init; }
    public required string StepDownConfirm { get; init; }
    public required string StepDownReason { get; init; }

    // Offboarding
    public required string OffboardingLead { get; init; }
    public required string Feedback { get; init; }

    // Selection
    public required string SelectionLead { get; init; }
    public required string DiversityTitle { get; init; }
    public required string Candidates { get; init; }
    public required string Name { get; init; }
    public required string Level { get; init; }
    public required string Region { get; init; }
    public required string Seniority { get; init; }
    public required string Source { get; init; }
    public required string Applied { get; init; }
    public required string Nominated { get; init; }
    public required string MotivationColumn { get; init; }
    public required string Choose { get; init; }
    public required string Filter { get; init; }
    public required string Everyone { get; init; }
    public required string SortBy { get; init; }
    public required string Show { get; init; }
    public required string Unknown { get; init; }

    /// <summary>(shown, total) → "12 of 40 candidates shown; the others keep their choice".</summary>
    public required Func<int, int, string> ShownOf { get; init; }

    /// <summary>Seniority bands as the diversity summary names them ("&lt;1y", "1-3y", "3-10y", "10y+").</summary>
    public required IReadOnlyDictionary<string, string> SeniorityBands { get; init; }

    /// <summary>Diversity flags ("one-department", …) as warnings.</summary>
    public required IReadOnlyDictionary<string, string> Flags { get; init; }

    // A round that has ended (the cohort or journey behind the link was stopped, or is over)
    /// <summary>Why the request can no longer be answered, when the round was stopped (terminated, failed or removed).</summary>
    public required string RoundStopped { get; init; }

    /// <summary>Why the request can no longer be answered, when the round ran to its end.</summary>
    public required string RoundFinished { get; init; }

    /// <summary>The fact naming which request the link was for.</summary>
    public required string Request { get; init; }

    /// <summary>What follows: nothing was recorded, nothing more is asked, whom to ask.</summary>
    public required string RoundEndedNext { get; init; }

    /// <summary>What happens after an answer, by "kind:decision".</summary>
    public required IReadOnlyDictionary<string, string> Next { get; init; }
    public required string NextDefault { get; init; }

    public string NextAfter(string kind, string decision) => Next.TryGetValue($"{kind}:{decision}", out var text) ? text : NextDefault;

    public string Band(string band) => SeniorityBands.TryGetValue(band, out var text) ? text : band == "unknown" ? Unknown : band;

    public static RequestPageText For(string language) => language switch
    {
        "nl" => RequestPageTexts.Dutch,
        "fr" => RequestPageTexts.French,
        "da" => RequestPageTexts.Danish,
        _ => RequestPageTexts.English,
    };
}
