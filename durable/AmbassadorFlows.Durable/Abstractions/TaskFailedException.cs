namespace AmbassadorFlows.Durable;

/// <summary>Thrown into an orchestrator when an activity or sub-orchestration it awaited failed.</summary>
public sealed class TaskFailedException : Exception
{
    public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails.ErrorMessage}")
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    public TaskFailedException()
        : this(string.Empty, -1, new TaskFailureDetails("Unknown", "Unknown failure"))
    {
    }

    public TaskFailedException(string message)
        : this(string.Empty, -1, new TaskFailureDetails("Unknown", message))
    {
    }

    public TaskFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        TaskName = string.Empty;
        FailureDetails = TaskFailureDetails.FromException(innerException);
    }

    public string TaskName { get; } = string.Empty;

    public int TaskId { get; } = -1;

    public TaskFailureDetails FailureDetails { get; }
}
