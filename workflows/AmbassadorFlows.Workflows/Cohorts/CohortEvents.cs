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
}

public sealed record Nomination(string EmployeeId, string NominatedBy);

/// <summary>The employees HR selected; empty or missing = every candidate.</summary>
public sealed record SelectionForm(IReadOnlyList<string>? SelectedEmployeeIds);
