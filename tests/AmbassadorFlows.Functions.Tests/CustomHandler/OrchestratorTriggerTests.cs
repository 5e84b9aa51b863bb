using System.Net;
using System.Text.Json;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;
using Google.Protobuf;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>Orchestrator turns as the Durable extension sends them: base64 protobuf in Data.context,
/// JSON-encoded twice, POSTed to /{OrchestratorName}; the reply's ReturnValue is decoded back.</summary>
[Collection(CustomHandlerCollection.Name)]
public sealed class OrchestratorTriggerTests(CustomHandlerHost host)
{
    private static readonly DateTime Start = new(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task OrchestratorTrigger_FirstTurn_SchedulesGreetActivity()
    {
        var request = new OrchestratorRequest { InstanceId = "greeting-42" };
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(Start));
        request.NewEvents.Add(HistoryEvents.ExecutionStarted(nameof(GreetingOrchestrator), "greeting-42", "\"Tokyo\"", Start));

        var response = await TurnAsync(nameof(GreetingOrchestrator), request);

        Assert.Equal("greeting-42", response.InstanceId);
        var action = Assert.Single(response.Actions);
        Assert.Equal(OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask, action.OrchestratorActionTypeCase);
        Assert.Equal(nameof(Greet), action.ScheduleTask.Name);
        Assert.Equal("\"Tokyo\"", action.ScheduleTask.Input);
    }

    [Fact]
    public async Task OrchestratorTrigger_ReplayTurnWithEvent_CompletesWithOutput()
    {
        var request = new OrchestratorRequest { InstanceId = "greeting-42" };
        request.PastEvents.Add(HistoryEvents.OrchestratorStarted(Start));
        request.PastEvents.Add(HistoryEvents.ExecutionStarted(nameof(GreetingOrchestrator), "greeting-42", "\"Tokyo\"", Start));
        request.PastEvents.Add(HistoryEvents.TaskScheduled(0, nameof(Greet), "\"Tokyo\"", Start));
        request.PastEvents.Add(HistoryEvents.OrchestratorCompleted(Start));
        request.PastEvents.Add(HistoryEvents.OrchestratorStarted(Start.AddSeconds(5)));
        request.PastEvents.Add(HistoryEvents.TaskCompleted(0, "\"Hello, Tokyo!\"", Start.AddSeconds(5)));
        request.PastEvents.Add(HistoryEvents.OrchestratorCompleted(Start.AddSeconds(5)));
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(Start.AddDays(2)));
        request.NewEvents.Add(HistoryEvents.EventRaised("Approval", "\"yes\"", Start.AddDays(2)));

        var response = await TurnAsync(nameof(GreetingOrchestrator), request);

        var completion = Assert.Single(response.Actions).CompleteOrchestration;
        Assert.NotNull(completion);
        Assert.Equal(OrchestrationStatus.Completed, completion.OrchestrationStatus);
        Assert.Equal("\"Hello, Tokyo! (approved: yes)\"", completion.Result);
    }

    [Fact]
    public async Task OrchestratorTrigger_OrchestratorThrows_Returns200WithFailedCompletion()
    {
        var request = new OrchestratorRequest { InstanceId = "failing-1" };
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(Start));
        request.NewEvents.Add(HistoryEvents.ExecutionStarted(nameof(FailingOrchestrator), "failing-1", "\"x\"", Start));

        var response = await TurnAsync(nameof(FailingOrchestrator), request);

        var completion = Assert.Single(response.Actions).CompleteOrchestration;
        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Contains("p-404", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrchestratorTrigger_SingleEncodedPayload_IsAccepted()
    {
        var request = new OrchestratorRequest { InstanceId = "greeting-7" };
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(Start));
        request.NewEvents.Add(HistoryEvents.ExecutionStarted(nameof(GreetingOrchestrator), "greeting-7", "\"Oslo\"", Start));

        var response = await TurnAsync(nameof(GreetingOrchestrator), request, "orchestrator-turn-single-encoded.json");

        Assert.Equal(nameof(Greet), Assert.Single(response.Actions).ScheduleTask.Name);
    }

    [Fact]
    public async Task OrchestratorTrigger_GarbagePayload_Returns200WithFailedCompletion()
    {
        var envelope = host.Fixture("orchestrator-turn.json", ("{{ORCHESTRATOR_REQUEST}}", "not base64 at all!"), ("{{FUNCTION_NAME}}", nameof(GreetingOrchestrator)));

        using var reply = await host.InvokeAsync(nameof(GreetingOrchestrator), envelope);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var response = await DecodeAsync(reply);
        Assert.Equal(OrchestrationStatus.Failed, Assert.Single(response.Actions).CompleteOrchestration.OrchestrationStatus);
    }

    private async Task<OrchestratorResponse> TurnAsync(string name, OrchestratorRequest request, string fixture = "orchestrator-turn.json")
    {
        var envelope = host.Fixture(fixture, ("{{ORCHESTRATOR_REQUEST}}", Convert.ToBase64String(request.ToByteArray())), ("{{FUNCTION_NAME}}", name));
        using var reply = await host.InvokeAsync(name, envelope);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return await DecodeAsync(reply);
    }

    /// <summary>What the extension does: ReturnValue must be a JSON string holding base64 protobuf.</summary>
    private static async Task<OrchestratorResponse> DecodeAsync(HttpResponseMessage reply)
    {
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        var returnValue = body.RootElement.GetProperty("ReturnValue");
        Assert.Equal(JsonValueKind.String, returnValue.ValueKind);
        return OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(returnValue.GetString()!));
    }
}
