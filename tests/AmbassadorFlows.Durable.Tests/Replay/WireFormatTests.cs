using System.Text.Json;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;
using Google.Protobuf;

namespace AmbassadorFlows.Durable.Tests.Replay;

/// <summary>The bytes are the contract with the Azure Durable extension: these tests pin field
/// numbers to the public durabletask-protobuf schema and run the path Azure uses.</summary>
public sealed class WireFormatTests
{
    [Fact]
    public void OrchestratorRequest_FromHostBase64DoubleEncoded_ExecutesAndRespondsInBase64()
    {
        var request = new OrchestratorRequest { InstanceId = "cohort-7", ExecutionId = "e1" };
        request.PastEvents.Add(HistoryEvents.OrchestratorStarted(ReplayHarness.T0));
        request.PastEvents.Add(HistoryEvents.ExecutionStarted(nameof(SequenceOrchestrator), "cohort-7", "\"Ann\"", ReplayHarness.T0));
        request.PastEvents.Add(HistoryEvents.TaskScheduled(0, "Greet", "\"Ann\"", ReplayHarness.T0));
        request.PastEvents.Add(HistoryEvents.OrchestratorCompleted(ReplayHarness.T0));
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(ReplayHarness.T0.AddSeconds(5)));
        request.NewEvents.Add(HistoryEvents.TaskCompleted(0, "\"Hello Ann\"", ReplayHarness.T0.AddSeconds(5)));

        // What the host puts in Data.context: base64 of the bytes, JSON-encoded as a string, and once more.
        var base64 = Convert.ToBase64String(request.ToByteArray());
        var onTheWire = JsonSerializer.Serialize(JsonSerializer.Serialize(base64));

        var unwrapped = JsonSerializer.Deserialize<string>(JsonSerializer.Deserialize<string>(onTheWire)!)!;
        var decoded = OrchestratorRequest.Parser.ParseFrom(Convert.FromBase64String(unwrapped));
        var response = new OrchestrationExecutor(new DurableTaskRegistry().AddOrchestrator<SequenceOrchestrator>()).Execute(decoded);
        var returnValue = Convert.ToBase64String(response.ToByteArray());
        var roundTripped = OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(returnValue));

        Assert.Equal(request, decoded);
        Assert.Equal(response, roundTripped);
        Assert.Equal("cohort-7", roundTripped.InstanceId);
        var action = Assert.Single(roundTripped.Actions);
        Assert.Equal(1, action.Id);
        Assert.Equal("Greet", action.ScheduleTask.Name);
        Assert.Equal("\"Hello Ann\"", action.ScheduleTask.Input);
    }

    [Fact]
    public void HistoryEvent_HandEncodedWithSchemaFieldNumbers_ParsesAsTaskCompleted()
    {
        // HistoryEvent{ eventId(1)=-1 varint, taskCompleted(7){ taskScheduledId(1)=3, result(2)=StringValue{value(1)="\"ok\""} } }
        byte[] bytes =
        [
            0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, // field 1, varint -1
            0x3A, 0x0A, // field 7, length 10
            0x08, 0x03, // taskScheduledId = 3
            0x12, 0x06, 0x0A, 0x04, (byte)'"', (byte)'o', (byte)'k', (byte)'"', // result = StringValue("\"ok\"")
        ];

        var e = HistoryEvent.Parser.ParseFrom(bytes);

        Assert.Equal(-1, e.EventId);
        Assert.Equal(HistoryEvent.EventTypeOneofCase.TaskCompleted, e.EventTypeCase);
        Assert.Equal(3, e.TaskCompleted.TaskScheduledId);
        Assert.Equal("\"ok\"", e.TaskCompleted.Result);
    }

    [Fact]
    public void OrchestratorAction_CreateTimer_EncodesWithSchemaFieldNumbers()
    {
        var action = new OrchestratorAction
        {
            Id = 2,
            CreateTimer = new CreateTimerAction { FireAt = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = 1 } },
        };

        // id(1)=2; createTimer(4){ fireAt(1){ seconds(1)=1 } }
        Assert.Equal(new byte[] { 0x08, 0x02, 0x22, 0x04, 0x0A, 0x02, 0x08, 0x01 }, action.ToByteArray());
    }

    [Fact]
    public void OrchestratorResponse_CompleteWithStatus_EncodesStatusAsSchemaEnumValue()
    {
        var response = new OrchestratorResponse
        {
            InstanceId = "i",
            Actions = { new OrchestratorAction { Id = 0, CompleteOrchestration = new CompleteOrchestrationAction { OrchestrationStatus = OrchestrationStatus.Failed } } },
        };

        // instanceId(1)="i"; actions(2){ id(1)=0 omitted; completeOrchestration(6){ orchestrationStatus(1)=3 } }
        Assert.Equal(new byte[] { 0x0A, 0x01, (byte)'i', 0x12, 0x04, 0x32, 0x02, 0x08, 0x03 }, response.ToByteArray());
    }

    [Fact]
    public void OrchestratorRequest_UnknownFieldsFromANewerHost_AreKeptNotLost()
    {
        var request = new OrchestratorRequest { InstanceId = "x" };
        var bytes = request.ToByteArray().Concat(new byte[] { 0xC8, 0x3E, 0x01 }).ToArray(); // field 1001, varint 1

        var parsed = OrchestratorRequest.Parser.ParseFrom(bytes);

        Assert.Equal(bytes, parsed.ToByteArray());
    }
}
