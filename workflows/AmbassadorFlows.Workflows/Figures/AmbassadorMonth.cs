using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>What one ambassador adds to one month of the cohort's figures: every figure of a month is
/// a sum of these over the cohort's ambassadors, given the cohort's months (<see cref="CohortMonths"/>).
/// That is what lets a store keep the sums and redo only the ambassadors whose rows changed.</summary>
/// <param name="Active">Served that month (the other fields but <paramref name="SteppedDown"/> are empty when not).</param>
/// <param name="Asked">A check-in was asked of them (or they gave one).</param>
/// <param name="Answered">They answered it.</param>
/// <param name="CheckIns">That month's check-ins.</param>
/// <param name="AtRisk">Their flag that month, when a rule raised one.</param>
/// <param name="SteppedDown">Their journey ended early that month.</param>
public sealed record AmbassadorMonth(int Month, bool Active, bool Asked, bool Answered, IReadOnlyList<CheckInRecord> CheckIns, AtRiskAmbassador? AtRisk, bool SteppedDown);
