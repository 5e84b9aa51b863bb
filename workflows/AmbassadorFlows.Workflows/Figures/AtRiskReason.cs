namespace AmbassadorFlows.Workflows.Figures;

/// <summary>One flag on an ambassador, with what the reader needs to weigh it. Texts come from
/// <see cref="AtRiskText"/> in the reader's language; the kind is what code compares.</summary>
/// <param name="Kind">Which rule flagged.</param>
/// <param name="Month">The cohort month the flag is about (the latest month it covers).</param>
/// <param name="InARow">For missed meetings, months without a check-in and "no time": how many months in a row.</param>
/// <param name="Hours">For hours over or under budget: the hours reported.</param>
/// <param name="BudgetHours">For hours over or under budget: the monthly budget.</param>
public sealed record AtRiskReason(AtRiskKind Kind, int Month, int InARow = 0, double Hours = 0, double BudgetHours = 0)
{
    /// <summary>English, for logs and for pages not yet reading <see cref="AtRiskText"/>.</summary>
    public override string ToString() => AtRiskText.Describe(this, "en");
}

/// <summary>An ambassador flagged at a month, with every reason.</summary>
public sealed record AtRiskAmbassador(string EmployeeId, string JourneyInstanceId, IReadOnlyList<AtRiskReason> Reasons);
