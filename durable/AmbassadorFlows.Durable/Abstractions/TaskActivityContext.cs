namespace AmbassadorFlows.Durable;

/// <summary>What an activity knows about its invocation.</summary>
public sealed class TaskActivityContext
{
    public TaskActivityContext(TaskName name, string instanceId, int taskId, CancellationToken cancellationToken = default)
    {
        Name = name;
        InstanceId = instanceId;
        TaskId = taskId;
        CancellationToken = cancellationToken;
    }

    public TaskName Name { get; }

    public string InstanceId { get; }

    /// <summary>The id of the scheduleTask action in the orchestration's history.</summary>
    public int TaskId { get; }

    /// <summary>Stable across redeliveries of the same scheduled task: instance id + task id. A retry
    /// by <see cref="RetryPolicy"/> is a new task and gets a new key.</summary>
    public string IdempotencyKey => $"{InstanceId}:{TaskId}";

    public CancellationToken CancellationToken { get; }
}
