using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>What a cohort's figures are computed from: the read model of its ambassadors and the
/// check-in requests of its journeys (who was asked about which month, and whether they answered).</summary>
public sealed record CohortFiguresInput(string CohortId, IReadOnlyList<AmbassadorProgress> Ambassadors, IReadOnlyList<CheckInRequest> Requests);
