using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>What both stores keep of a check-in request for the figures: its id, journey, creation
/// time, page details (the meeting's start, gone after erasure) and whether it was answered. Read
/// through <see cref="CheckInRequest.From"/>, so the kept rows mean exactly what the approvals did.</summary>
internal static class CheckInRequestRow
{
    /// <summary>Whether an approval is a journey's check-in request (the rows the stores keep).</summary>
    public static bool IsCheckIn(string approvalId, string instanceId)
        => approvalId.Contains(":check-in:", StringComparison.Ordinal) && instanceId.IndexOf(":journey:", StringComparison.Ordinal) > 0;

    /// <summary>The cohort a journey belongs to (its id up to ":journey:").</summary>
    public static string CohortOf(string journeyInstanceId) => journeyInstanceId[..journeyInstanceId.IndexOf(":journey:", StringComparison.Ordinal)];

    /// <summary>The request as the figures read it; null when the id is no check-in of that journey.
    /// Only the fields <see cref="CheckInRequest.From"/> reads are filled.</summary>
    public static CheckInRequest? Read(string approvalId, string instanceId, DateTimeOffset createdAt, string? detailsJson, bool answered)
        => CheckInRequest.From(new PendingApproval(approvalId, instanceId, string.Empty, string.Empty, string.Empty, string.Empty, [], createdAt, createdAt)
        {
            DetailsJson = detailsJson,
            Decision = answered ? new ApprovalDecision(approvalId, string.Empty, string.Empty, createdAt) : null,
        });
}
