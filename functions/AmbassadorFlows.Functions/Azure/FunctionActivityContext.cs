using Microsoft.DurableTask;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>What an activity learns about its invocation in Azure: its name and the orchestration
/// instance that called it (the same two things the local runtime gives it).</summary>
internal sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
