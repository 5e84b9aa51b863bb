using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>What the hand-over handlers use, as one dependency, so the local route and the Azure
/// function hand over the same set.</summary>
public sealed class ReassignmentServices(
    RequestHandOver handOver,
    ManagerChange managerChange,
    IApprovalStore approvals,
    IDirectory directory,
    IDirectorySearch search,
    PageRenderer renderer,
    TimeProvider time)
{
    public RequestHandOver HandOver => handOver;

    public ManagerChange ManagerChange => managerChange;

    public IApprovalStore Approvals => approvals;

    public IDirectory Directory => directory;

    public IDirectorySearch Search => search;

    public PageRenderer Renderer => renderer;

    public TimeProvider Time => time;
}
