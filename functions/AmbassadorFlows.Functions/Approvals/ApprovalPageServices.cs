using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>What the approval link's handlers use, as one dependency, so the local route and the
/// Azure function hand over the same set.</summary>
public sealed class ApprovalPageServices(
    ApprovalResolver resolver,
    FormProtection protection,
    ApprovalResponder responder,
    RequestPageReader reader,
    PageRenderer renderer,
    IDirectory directory,
    IApprovalStore approvals,
    ILoggerFactory loggers)
{
    public ApprovalResolver Resolver => resolver;

    public FormProtection Protection => protection;

    public ApprovalResponder Responder => responder;

    public RequestPageReader Reader => reader;

    public PageRenderer Renderer => renderer;

    public IDirectory Directory => directory;

    public IApprovalStore Approvals => approvals;

    public ILogger Logger { get; } = loggers.CreateLogger(typeof(ApprovalEndpoints));
}
