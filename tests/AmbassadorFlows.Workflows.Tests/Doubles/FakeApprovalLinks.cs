using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

public sealed class FakeApprovalLinks : IApprovalLinks
{
    public Uri CreateLink(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return new Uri($"https://approvals.test/a/{Uri.EscapeDataString(approval.ApprovalId)}");
    }
}
