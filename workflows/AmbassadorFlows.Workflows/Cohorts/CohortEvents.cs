namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>The events a cohort waits for.</summary>
public static class CohortEvents
{
    /// <summary><see cref="Shared.HumanResponse"/> from an employee's personal apply link.</summary>
    public const string Application = "Application";

    /// <summary><see cref="Nomination"/>: someone encourages a colleague to apply.</summary>
    public const string Nomination = "Nomination";

    /// <summary><see cref="Shared.HumanResponse"/> from HR, with <see cref="SelectionForm"/> as data.</summary>
    public const string SelectionDecision = "SelectionDecision";

    /// <summary><see cref="ClosePosting"/> from HR: no more applications, the selection follows at
    /// once. Version 3 (versions 1 and 2 run their posting to its deadline and never take it).</summary>
    public const string ClosePosting = "ClosePosting";

    /// <summary><see cref="HrOwnerChange"/> from HR: another HR officer owns the cohort from now on
    /// (its later emails, requests and notices go to them). Version 4.</summary>
    public const string HrOwnerChanged = "HrOwnerChanged";

    /// <summary><see cref="MeetingChange"/> from HR: one month's meeting moves or is cancelled; whoever
    /// was already invited gets an updated or a cancelled invite. Version 4.</summary>
    public const string MeetingChanged = "MeetingChanged";
}

public sealed record Nomination(string EmployeeId, string NominatedBy);

/// <param name="ClosedBy">Who closed it (the signed-in HR user), for the audit.</param>
public sealed record ClosePosting(string ClosedBy);

/// <param name="NewHr">The new owner as the directory has them (resolved when HR asks).</param>
/// <param name="ChangedBy">Who changed it (the signed-in HR user's id), for the audit.</param>
/// <param name="ChangedByName">Their name, for the new owner's email.</param>
public sealed record HrOwnerChange(Shared.Person NewHr, string ChangedBy, string ChangedByName);

/// <param name="Month">The meeting's month, from 1, as the cohort's calendar numbers them.</param>
/// <param name="NewStartUtc">When it now starts; null cancels it.</param>
/// <param name="ChangedBy">Who changed it (the signed-in HR user), for the audit.</param>
public sealed record MeetingChange(int Month, DateTime? NewStartUtc, string ChangedBy);

/// <summary>The employees HR selected, each one of the candidates offered. A list (what the selection
/// page always sends) is exactly who was ticked: empty = no ambassadors, and the cohort ends without
/// journeys. Missing (null, or no data at all) = every candidate offered: only answers with no form
/// behind them, such as the dashboard's dry run, send none.</summary>
public sealed record SelectionForm(IReadOnlyList<string>? SelectedEmployeeIds);
