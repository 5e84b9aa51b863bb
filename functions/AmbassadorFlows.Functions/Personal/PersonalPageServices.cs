using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>What the personal page's handlers use, as one dependency, so the local route and the
/// Azure function hand over the same set.</summary>
public sealed class PersonalPageServices(
    PersonalLinks links,
    PersonalFormProtection protection,
    PersonalPageReader reader,
    ApprovalResponder responder,
    IApprovalStore approvals,
    IPersonalPageStore store,
    PageRenderer renderer,
    IDirectory directory,
    TimeProvider time)
{
    public PersonalLinks Links => links;

    public PersonalFormProtection Protection => protection;

    public PersonalPageReader Reader => reader;

    public ApprovalResponder Responder => responder;

    public IApprovalStore Approvals => approvals;

    public IPersonalPageStore Store => store;

    public PageRenderer Renderer => renderer;

    public IDirectory Directory => directory;

    public TimeProvider Time => time;
}
