using AmbassadorFlows.Functions.Azure;
using AmbassadorFlows.Functions.Tests.Azure;

namespace AmbassadorFlows.Functions.Tests.Operations;

/// <summary>The digest's Azure schedule as the Functions host reads it from the published functions.metadata.</summary>
[Collection(PublishedAppCollection.Name)]
public sealed class OpsDigestFunctionPublishTests(PublishedApp app)
{
    [Fact]
    public void FunctionsMetadata_OpsDigest_IsAnHourlyTimerWithADurableClient()
    {
        var bindings = PublishedApp.Bindings(app.Function("OpsDigest")).ToList();

        Assert.Equal(OpsDigestFunction.Schedule, (string?)Assert.Single(bindings, b => (string?)b["type"] == "timerTrigger")["schedule"]);
        Assert.Equal("0 5 * * * *", OpsDigestFunction.Schedule);
        Assert.Single(bindings, b => (string?)b["type"] == "durableClient");
    }
}
