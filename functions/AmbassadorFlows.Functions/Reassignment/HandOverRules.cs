using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>Which open requests may change hands. Only requests whose assignee decides something
/// about someone else: a manager's or HR's approval, HR's selection. An application, an agreement, a
/// check-in or a step-down link is the person's own (the journey reads who applied from the answer's
/// assignee), so it stays theirs.</summary>
public static class HandOverRules
{
    public const string ManagerApproval = "manager-approval";
    public const string Renewal = "renewal";
    public const string CohortSelection = "cohort-selection";

    private const string JourneyMarker = ":journey:";

    public static IReadOnlyList<string> Kinds { get; } = [ManagerApproval, Renewal, CohortSelection];

    public static bool CanHandOver(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return CanHandOver(approval.Kind);
    }

    public static bool CanHandOver(string kind) => Kinds.Contains(kind, StringComparer.Ordinal);

    /// <summary>The hand-over form of one request.</summary>
    public static string Path(string approvalId) => $"/requests/{Uri.EscapeDataString(approvalId)}/hand-over";

    /// <summary>The requests that go to the ambassador's manager (first approval and each renewal's),
    /// told apart from HR's copies of the same kind by their ids (<see cref="JourneyIds.Approval"/>).</summary>
    public static bool IsManagerRequest(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        if (!approval.ApprovalId.StartsWith(approval.InstanceId + ":", StringComparison.Ordinal))
        {
            return false;
        }

        var step = approval.ApprovalId[(approval.InstanceId.Length + 1)..];
        return (approval.Kind == ManagerApproval && step == "manager-approval")
            || (approval.Kind == Renewal && (step == "renewal-manager" || step.StartsWith("renewal-manager:t", StringComparison.Ordinal)));
    }

    /// <summary>The ambassador a journey's request is about; null for a cohort's own requests.</summary>
    public static string? EmployeeOf(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var at = approval.InstanceId.IndexOf(JourneyMarker, StringComparison.Ordinal);
        return at < 0 ? null : approval.InstanceId[(at + JourneyMarker.Length)..];
    }
}
