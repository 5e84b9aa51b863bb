using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Durable.Replay;
using AmbassadorFlows.Functions.CustomHandler.Envelope;

namespace AmbassadorFlows.Functions.CustomHandler.Activities;

/// <summary>
/// One activity invocation from the Durable extension. Name from <c>Metadata.sys.MethodName</c>
/// (else the route), instance from <c>Metadata.instanceId</c>, input from <c>Metadata.data</c> (the
/// input's JSON, JSON-encoded once more by the host), falling back to a string in <c>Data.input</c>.
/// <para>Reply on success: 200 <c>{"ReturnValue": &lt;the result's JSON value&gt;}</c>. The extension
/// re-serializes that value into TaskCompleted.result (objects as they are, a string "x" as <c>"x"</c>),
/// so the orchestrator reads back exactly what the activity returned. Why a string result is safe as a
/// plain JSON string: the host's base64 auto-decode applies to Outputs and to a declared
/// <c>$return</c> binding; our activity function.json declares no <c>$return</c>, and the host then
/// passes ReturnValue through untouched (host PR #8874). Wrapping strings would change what the
/// orchestrator sees, so we do not. A null result sends no ReturnValue (TaskCompleted without result).</para>
/// <para>Failure: 500; the extension records TaskFailed ("Function 'X' failed with an unhandled
/// exception") and drops our body, so the reason is logged here, with the instance id.</para>
/// </summary>
public sealed class ActivityTriggerHandler(IServiceScopeFactory scopes, Durable.DurableTaskRegistry registry, ILogger<ActivityTriggerHandler> logger)
{
    /// <summary>The binding name in the generated function.json.</summary>
    public const string BindingName = "input";

    public async Task<(int StatusCode, InvocationResponse Body)> HandleAsync(string functionName, InvocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Sys.MethodName is { Length: > 0 } method && registry.HasActivity(method) ? method : functionName;
        var instanceId = EnvelopeValues.ReadString(request.GetMetadata("instanceId")) ?? string.Empty;
        var input = ReadInput(request);
        var taskId = ActivityTaskIds.Derive(name, input);

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["InstanceId"] = instanceId, ["TaskId"] = taskId });
        await using var services = scopes.CreateAsyncScope();
        var runner = new ActivityRunner(registry, services.ServiceProvider);
        var result = await runner.RunAsync(name, input, instanceId, taskId, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            logger.LogError(
                "Activity {ActivityName} failed for instance {InstanceId}: {ErrorType}: {ErrorMessage}\n{StackTrace}",
                name,
                instanceId,
                failure.ErrorType,
                failure.ErrorMessage,
                failure.StackTrace);
            return (StatusCodes.Status500InternalServerError, new InvocationResponse
            {
                Logs = [$"Activity {name} failed: {failure.ErrorType}: {failure.ErrorMessage}"],
                ReturnValue = null,
            });
        }

        logger.LogInformation("Activity {ActivityName} completed for instance {InstanceId}.", name, instanceId);
        return (StatusCodes.Status200OK, new InvocationResponse
        {
            ReturnValue = result.SerializedOutput is null ? null : JsonNode.Parse(result.SerializedOutput),
        });
    }

    /// <summary>The activity's input as JSON text, or null for no input.</summary>
    public static string? ReadInput(InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GetMetadata("data") is { } data)
        {
            return EnvelopeValues.ReadJsonText(data);
        }

        // Data.<binding> is the trigger value itself, which the host may serialize as an empty
        // object (the activity context); only a string there can be the input.
        return request.GetData(BindingName) is { ValueKind: JsonValueKind.String } value
            ? EnvelopeValues.ReadJsonText(value)
            : null;
    }
}
