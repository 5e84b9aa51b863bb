using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Components.Reassignment;

/// <summary>What the hand-over page shows about one request: what it is, whom it is about (an
/// ambassador, or a cohort for HR's selection), whom it waits for, and whether it can change hands now.</summary>
public sealed record HandOverView(
    PendingApproval Approval,
    string? AboutEmployeeId,
    string About,
    string AssigneeName,
    bool CanHandOver);
