using AmbassadorFlows.Workflows.Versioning;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>Reading an instance's recorded version outside the orchestrators (the HR API asks it).</summary>
public sealed class OrchestrationVersionsTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("2.0", false)]
    [InlineData("3.0", true)]
    [InlineData("3.1", true)]
    [InlineData("10.0", true)]
    [InlineData("not-a-version", false)]
    public void RecordedAtLeast_RecordedVersionAgainstVersion3_ComparesAsNumbers(string? recorded, bool expected)
        => Assert.Equal(expected, OrchestrationVersions.RecordedAtLeast(recorded, OrchestrationVersions.V3));

    [Fact]
    public void RecordedAtLeast_Version1_HoldsForEveryInstance()
        => Assert.True(OrchestrationVersions.RecordedAtLeast(null, OrchestrationVersions.V1));

    [Fact]
    public void Current_IsTheNewestSupportedVersion()
        => Assert.Equal((OrchestrationVersions.V4, OrchestrationVersions.V4), (OrchestrationVersions.Current, OrchestrationVersions.Supported[^1]));
}
