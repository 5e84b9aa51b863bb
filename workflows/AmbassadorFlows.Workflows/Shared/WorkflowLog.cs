using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>The orchestrators' log lines. Use with <c>context.CreateReplaySafeLogger</c>, so a replay
/// does not log the same thing again.</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{InstanceId}: ignored an answer to '{ApprovalId}' on '{EventName}'; waiting for one of: {Asked}.")]
    public static partial void ForeignAnswerIgnored(this ILogger logger, string instanceId, string approvalId, string eventName, string asked);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{InstanceId}: the answer to '{ApprovalId}' carries unreadable data ({Problem}); asking again.")]
    public static partial void UnreadableAnswer(this ILogger logger, string instanceId, string approvalId, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "{InstanceId}: recording the check-in '{ApprovalId}' failed; the journey goes on without it. {Failure}")]
    public static partial void CheckInNotRecorded(this ILogger logger, string instanceId, string approvalId, string failure);
}
