using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>The link in an email: the landing page with a fresh signed token that expires with the
/// approval. Never a management URL.</summary>
public sealed class ApprovalLinks : IApprovalLinks
{
    public const string RoutePrefix = "api/approvals/";
    private readonly ApprovalTokenService _tokens;
    private readonly PublicUrls _urls;

    public ApprovalLinks(ApprovalTokenService tokens, PublicUrls urls)
    {
        _tokens = tokens;
        _urls = urls;
    }

    public Uri CreateLink(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var token = _tokens.Issue(approval.ApprovalId, approval.AssigneeId, approval.EventName, approval.ExpiresAt);
        return _urls.Absolute(RoutePrefix + token);
    }
}
