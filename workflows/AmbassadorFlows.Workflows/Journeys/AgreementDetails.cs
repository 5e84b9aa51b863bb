using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>What the agreement page shows next to the rendered text.</summary>
public sealed record AgreementDetails(string AgreementVersion, AmbassadorRole Role, double TimeBudgetHoursPerMonth, DateTime TermStart, DateTime TermEnd);
