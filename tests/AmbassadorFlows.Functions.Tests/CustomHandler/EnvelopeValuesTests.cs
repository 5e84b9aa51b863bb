using System.Text.Json;
using AmbassadorFlows.Functions.CustomHandler.DurableClient;
using AmbassadorFlows.Functions.CustomHandler.Envelope;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>Reading the host's encodings: strings JSON-encoded twice or once, numbers as strings.</summary>
[Collection(CustomHandlerCollection.Name)]
public sealed class EnvelopeValuesTests(CustomHandlerHost host)
{
    [Theory]
    [InlineData("activity-string-input.json", 1)]
    [InlineData("activity-object-input.json", 3)]
    [InlineData("activity-done.json", 2)]
    public void ReadInt32_DequeueCountAsStringOrNumber_IsParsed(string fixture, int expected)
    {
        using var envelope = InvocationRequest.Parse(host.Fixture(fixture));

        Assert.Equal(expected, EnvelopeValues.ReadInt32(envelope.GetMetadata("DequeueCount")));
    }

    [Fact]
    public void Parse_HostEnvelope_ReadsSysMetadataAndDoubleEncodedInstanceId()
    {
        using var envelope = InvocationRequest.Parse(host.Fixture("activity-string-input.json"));

        Assert.Equal("Greet", envelope.Sys.MethodName);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567), envelope.Sys.UtcNow);
        Assert.Equal("greeting-42", EnvelopeValues.ReadString(envelope.GetMetadata("instanceId")));
    }

    [Theory]
    [InlineData("\"\\\"abc\\\"\"", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"\\\"\\\\\\\"quoted\\\\\\\"\\\"\"", "quoted")]
    public void ReadString_OneOrTwoLayersOfQuoting_IsUnwrapped(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, EnvelopeValues.ReadString(document.RootElement));
    }

    [Theory]
    [InlineData("\"\\\"Tokyo\\\"\"", "\"Tokyo\"")]
    [InlineData("\"Tokyo\"", "\"Tokyo\"")]
    [InlineData("{ \"a\" : 1 }", "{\"a\":1}")]
    [InlineData("\"{\\\"a\\\":1}\"", "{\"a\":1}")]
    [InlineData("null", null)]
    public void ReadJsonText_HostEncodings_YieldTheInputsJson(string json, string? expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, EnvelopeValues.ReadJsonText(document.RootElement));
    }

    [Fact]
    public void DurableClientBinding_DoubleEncodedJsonString_IsParsed()
    {
        using var envelope = InvocationRequest.Parse(host.Fixture("http-get-greeting.json"));

        var binding = DurableClientBinding.From(envelope);

        Assert.NotNull(binding);
        Assert.Equal("TestHub", binding.TaskHubName);
        Assert.Equal("code=test-system-key%3D%3D", binding.RequiredQueryStringParameters);
        Assert.Equal(host.DurableBaseUrl, binding.HttpBaseUrl.ToString().TrimEnd('/'));
    }
}
