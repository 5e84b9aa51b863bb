using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreFailureDetails = DurableTask.Core.FailureDetails;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>DTFx's instance state and statuses in the SDK's client types.</summary>
internal static class OrchestrationStateMapping
{
    public static OrchestrationMetadata ToMetadata(this OrchestrationState state, DataConverter converter, bool getInputsAndOutputs)
        => new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = converter,
            RuntimeStatus = ToRuntimeStatus(state.OrchestrationStatus),
            CreatedAt = AsUtc(state.CreatedTime),
            LastUpdatedAt = AsUtc(state.LastUpdatedTime),
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = state.Status,
            Tags = state.Tags is null ? new Dictionary<string, string>() : new Dictionary<string, string>(state.Tags),
            FailureDetails = ToTaskFailureDetails(state.FailureDetails) ?? FailureFromOutput(state),
        };

    public static OrchestrationRuntimeStatus ToRuntimeStatus(OrchestrationStatus status) => status switch
    {
        OrchestrationStatus.Running => OrchestrationRuntimeStatus.Running,
        OrchestrationStatus.Completed => OrchestrationRuntimeStatus.Completed,
#pragma warning disable CS0618 // ContinuedAsNew and Canceled are obsolete in the SDK but DTFx still has them.
        OrchestrationStatus.ContinuedAsNew => OrchestrationRuntimeStatus.ContinuedAsNew,
        OrchestrationStatus.Failed => OrchestrationRuntimeStatus.Failed,
        OrchestrationStatus.Canceled => OrchestrationRuntimeStatus.Canceled,
#pragma warning restore CS0618
        OrchestrationStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        OrchestrationStatus.Pending => OrchestrationRuntimeStatus.Pending,
        OrchestrationStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown orchestration status."),
    };

    public static OrchestrationStatus ToCoreStatus(OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Running => OrchestrationStatus.Running,
        OrchestrationRuntimeStatus.Completed => OrchestrationStatus.Completed,
#pragma warning disable CS0618
        OrchestrationRuntimeStatus.ContinuedAsNew => OrchestrationStatus.ContinuedAsNew,
        OrchestrationRuntimeStatus.Failed => OrchestrationStatus.Failed,
        OrchestrationRuntimeStatus.Canceled => OrchestrationStatus.Canceled,
#pragma warning restore CS0618
        OrchestrationRuntimeStatus.Terminated => OrchestrationStatus.Terminated,
        OrchestrationRuntimeStatus.Pending => OrchestrationStatus.Pending,
        OrchestrationRuntimeStatus.Suspended => OrchestrationStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown orchestration status."),
    };

    /// <summary>The statuses after which an instance takes no more messages (one list for the client and the SQLite backend).</summary>
    public static readonly OrchestrationStatus[] TerminalStatuses =
        [OrchestrationStatus.Completed, OrchestrationStatus.Failed, OrchestrationStatus.Terminated, OrchestrationStatus.Canceled];

    public static bool IsTerminal(OrchestrationStatus status) => Array.IndexOf(TerminalStatuses, status) >= 0;

    private static TaskFailureDetails? ToTaskFailureDetails(CoreFailureDetails? details)
        => details is null
            ? null
            : new TaskFailureDetails(details.ErrorType, details.ErrorMessage, details.StackTrace, ToTaskFailureDetails(details.InnerFailure), details.Properties);

    /// <summary>Azure Storage keeps no FailureDetails in its instance table, only the output: the
    /// failure's JSON (read back) or its message.</summary>
    private static TaskFailureDetails? FailureFromOutput(OrchestrationState state)
    {
        if (state.OrchestrationStatus != OrchestrationStatus.Failed || string.IsNullOrEmpty(state.Output))
        {
            return null;
        }

        try
        {
            if (Newtonsoft.Json.JsonConvert.DeserializeObject<CoreFailureDetails>(state.Output) is { ErrorType: not null } parsed)
            {
                return ToTaskFailureDetails(parsed);
            }
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not JSON: the output is the message itself.
        }

        return new TaskFailureDetails("OrchestrationFailure", state.Output, null, null, null);
    }

    private static DateTimeOffset AsUtc(DateTime time)
        => time == default ? default : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
