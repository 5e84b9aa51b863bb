using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>How each role answers in the dry run: the managers (their approval and, once escalated,
/// HR's copy of it), HR choosing the ambassadors, the ambassadors accepting the agreement, and their
/// monthly check-ins (which have no reminder: a day, or never). Form fields <c>pace.*</c>.</summary>
public sealed record DryRunPaces(DryRunPace Managers, DryRunPace Selection, DryRunPace Agreement, DryRunPace CheckIns)
{
    public const string ManagersField = "pace.managers";
    public const string SelectionField = "pace.selection";
    public const string AgreementField = "pace.agreement";
    public const string CheckInsField = "pace.checkIns";

    public static DryRunPaces Prompt { get; } = new(DryRunPace.Day, DryRunPace.Day, DryRunPace.Day, DryRunPace.Day);

    /// <summary>The paces a form asks for; a field left out is <see cref="DryRunPace.Day"/>, one that
    /// names no pace (or "late" for check-ins) is refused with null.</summary>
    public static DryRunPaces? From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var managers = Read(form, ManagersField);
        var selection = Read(form, SelectionField);
        var agreement = Read(form, AgreementField);
        var checkIns = Read(form, CheckInsField);
        return managers is { } m && selection is { } s && agreement is { } a && checkIns is { } c && c != DryRunPace.Late
            ? new DryRunPaces(m, s, a, c)
            : null;
    }

    /// <summary>The pace of the person <paramref name="approval"/> waits for. HR's copy of an escalated
    /// manager approval is answered only when the managers answer promptly (it then never exists);
    /// otherwise the manager's late answer, or nobody's, decides the request.</summary>
    public DryRunPace For(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval.Kind switch
        {
            "manager-approval" or "renewal" when IsHrCopy(approval.ApprovalId) => Managers == DryRunPace.Day ? DryRunPace.Day : DryRunPace.Never,
            "manager-approval" or "renewal" => Managers,
            "cohort-selection" => Selection,
            "agreement" => Agreement,
            _ when approval.EventName == JourneyEvents.MonthlyCheckIn => CheckIns,
            _ => DryRunPace.Day,
        };
    }

    private static bool IsHrCopy(string approvalId)
        => approvalId.Contains(":manager-approval-hr", StringComparison.Ordinal) || approvalId.Contains(":renewal-hr", StringComparison.Ordinal);

    private static DryRunPace? Read(IFormCollection form, string field)
    {
        var value = form[field].ToString();
        return value.Length == 0 ? DryRunPace.Day
            : Enum.TryParse<DryRunPace>(value, ignoreCase: true, out var pace) && Enum.IsDefined(pace) && !value.Any(char.IsDigit) ? pace
            : null;
    }
}
