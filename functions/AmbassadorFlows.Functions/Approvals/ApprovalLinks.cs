using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>The link in an email: the landing page with a fresh signed token that expires with the
/// approval. Never a management URL. The personal link opens the person's own page at their current
/// link version (<see cref="PersonalLinks"/>).</summary>
public sealed class ApprovalLinks : IApprovalLinks
{
    public const string RoutePrefix = "api/approvals/";
    private readonly ApprovalTokenService _tokens;
    private readonly PublicUrls _urls;
    private readonly PersonalLinks? _personal;

    public ApprovalLinks(ApprovalTokenService tokens, PublicUrls urls, PersonalLinks? personal = null)
    {
        _tokens = tokens;
        _urls = urls;
        _personal = personal;
    }

    public Task<Uri?> CreatePersonalLinkAsync(string employeeId, CancellationToken cancellationToken = default)
        => _personal is null ? Task.FromResult<Uri?>(null) : _personal.CreateAsync(employeeId, cancellationToken);

    public Uri CreateLink(PendingApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var token = _tokens.Issue(approval.ApprovalId, approval.AssigneeId, approval.EventName, approval.ExpiresAt);
        return _urls.Absolute(RoutePrefix + token);
    }
}
