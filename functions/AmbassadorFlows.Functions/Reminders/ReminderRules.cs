using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Functions.Reminders;

/// <summary>Which open requests HR may remind from the dashboard: a manager's first approval of an
/// ambassador (the one escalated to HR when it waits too long). HR's own copy of it ("…-hr") is
/// HR's, and every other request sends its own reminders.</summary>
public static class ReminderRules
{
    public const string ManagerApprovalKind = "manager-approval";
    private const string ManagerStep = ":manager-approval";
    private const string HrStep = ":manager-approval-hr";

    public static bool CanRemind(string approvalId, string kind)
    {
        ArgumentNullException.ThrowIfNull(approvalId);
        return kind == ManagerApprovalKind && approvalId.EndsWith(ManagerStep, StringComparison.Ordinal) && approvalId.Contains(":journey:", StringComparison.Ordinal);
    }

    /// <summary>The manager's request behind HR's escalated copy (<see cref="JourneyIds.Approval"/>), or null for any other request.</summary>
    public static string? ManagerRequestOf(string approvalId)
    {
        ArgumentNullException.ThrowIfNull(approvalId);
        return approvalId.EndsWith(HrStep, StringComparison.Ordinal) ? approvalId[..^"-hr".Length] : null;
    }

    /// <summary>The reminder page of one request (GET shows it, POST sends).</summary>
    public static string Path(string approvalId) => $"/requests/{Uri.EscapeDataString(approvalId)}/remind";
}
