namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Turns a pending approval into the URL a person clicks in an email. The app signs an
/// opaque, expiring token into it; workflows never build management URLs themselves.</summary>
public interface IApprovalLinks
{
    Uri CreateLink(PendingApproval approval);
}
