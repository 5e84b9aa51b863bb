using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Health;

/// <summary>What programme health reads of one cohort: the read model of its ambassadors and the
/// approvals of its journeys (the check-in requests among them say who was asked, when and whether
/// they answered).</summary>
public sealed record CohortHealthInput(string CohortId, IReadOnlyList<AmbassadorProgress> Ambassadors, IReadOnlyList<PendingApproval> JourneyApprovals);
