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
}

public sealed record Nomination(string EmployeeId, string NominatedBy);

/// <param name="ClosedBy">Who closed it (the signed-in HR user), for the audit.</param>
public sealed record ClosePosting(string ClosedBy);

/// <summary>The employees HR selected, each one of the candidates offered. A list (what the selection
/// page always sends) is exactly who was ticked: empty = no ambassadors, and the cohort ends without
/// journeys. Missing (null, or no data at all) = every candidate offered: only answers with no form
/// behind them, such as the dashboard's dry run, send none.</summary>
public sealed record SelectionForm(IReadOnlyList<string>? SelectedEmployeeIds);
