using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;
using AmbassadorFlows.Functions.CustomHandler.Envelope;
using Google.Protobuf;

namespace AmbassadorFlows.Functions.CustomHandler.Orchestrations;

/// <summary>One orchestrator turn from the Durable extension: <c>Data.context</c> holds a base64
/// protobuf <see cref="OrchestratorRequest"/>; the reply's ReturnValue is a base64
/// <see cref="OrchestratorResponse"/>. Every problem, even an undecodable request, becomes a FAILED
/// completion inside a 200 reply: a non-2xx would also fail the instance, but with only
/// "Function 'X' failed" as the reason.</summary>
public sealed class OrchestratorTriggerHandler(OrchestrationExecutor executor, ILogger<OrchestratorTriggerHandler> logger)
{
    /// <summary>The binding name in the generated function.json.</summary>
    public const string BindingName = "context";

    public InvocationResponse Handle(string functionName, InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrchestratorRequest orchestratorRequest;
        try
        {
            orchestratorRequest = Decode(request);
        }
        catch (Exception ex) when (ex is FormatException or InvalidProtocolBufferException or InvalidOperationException)
        {
            logger.LogError(ex, "Orchestrator {FunctionName}: the request could not be decoded.", functionName);
            return Reply(Failed(string.Empty, "OrchestratorRequestDecodeException", $"The orchestrator request for '{functionName}' could not be decoded: {ex.Message}"));
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["InstanceId"] = orchestratorRequest.InstanceId });
        OrchestratorResponse response;
        try
        {
            response = executor.Execute(orchestratorRequest);
        }
        catch (Exception ex)
        {
            // The executor reports orchestration failures in the response; this is a bug in our code.
            logger.LogError(ex, "Orchestrator {FunctionName} threw outside the orchestration.", functionName);
            response = Failed(orchestratorRequest.InstanceId, ex.GetType().FullName ?? ex.GetType().Name, ex.Message);
        }

        LogOutcome(functionName, orchestratorRequest, response);
        return Reply(response);
    }

    /// <summary>Finds the base64 payload (under <see cref="BindingName"/>, else the only string in
    /// Data), removes the host's JSON quoting and parses the protobuf.</summary>
    public static OrchestratorRequest Decode(InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.GetData(BindingName)
            ?? request.DataEntries.Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => (JsonElement?)p.Value).FirstOrDefault();
        var base64 = EnvelopeValues.ReadString(value);
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException($"Data.{BindingName} is missing or empty.");
        }

        return OrchestratorRequest.Parser.ParseFrom(Convert.FromBase64String(base64));
    }

    private static InvocationResponse Reply(OrchestratorResponse response)
        // A JSON string holding base64: the extension base64-decodes it and parses the protobuf.
        => new() { ReturnValue = JsonValue.Create(Convert.ToBase64String(response.ToByteArray())) };

    private static OrchestratorResponse Failed(string instanceId, string errorType, string message)
    {
        var response = new OrchestratorResponse { InstanceId = instanceId };
        response.Actions.Add(new OrchestratorAction
        {
            Id = -1,
            CompleteOrchestration = new CompleteOrchestrationAction
            {
                OrchestrationStatus = OrchestrationStatus.Failed,
                FailureDetails = HistoryEvents.ToProtocol(new Durable.TaskFailureDetails(errorType, message, IsNonRetriable: true)),
            },
        });
        return response;
    }

    private void LogOutcome(string functionName, OrchestratorRequest request, OrchestratorResponse response)
    {
        var completion = response.Actions.FirstOrDefault(a => a.OrchestratorActionTypeCase == OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration)?.CompleteOrchestration;
        if (completion?.OrchestrationStatus == OrchestrationStatus.Failed)
        {
            logger.LogWarning(
                "Orchestrator {FunctionName} failed: {ErrorType}: {ErrorMessage}",
                functionName,
                completion.FailureDetails?.ErrorType,
                completion.FailureDetails?.ErrorMessage);
            return;
        }

        logger.LogInformation(
            "Orchestrator {FunctionName} turn: {PastEvents} past and {NewEvents} new events, {Actions} actions{Completion}.",
            functionName,
            request.PastEvents.Count,
            request.NewEvents.Count,
            response.Actions.Count,
            completion is null ? string.Empty : $", {completion.OrchestrationStatus}");
    }
}
