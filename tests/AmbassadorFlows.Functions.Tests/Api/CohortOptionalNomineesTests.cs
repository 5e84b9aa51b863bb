using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>Nominees are optional: a cohort may rely on its posting alone.</summary>
public sealed class CohortOptionalNomineesTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CreateCohort_WithoutNominees_StartsACohortWithNoNominees()
    {
        var cohortId = "no-nominees-" + Guid.NewGuid().ToString("N")[..8];
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync("api/cohorts", new { cohortId, programmeId = "mobility-ambassadors", hrOwner = "E002", audience = "Legal" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var instance = await app.Client.GetInstanceAsync(cohortId, getInputsAndOutputs: true);
        Assert.NotNull(instance);
        using var input = JsonDocument.Parse(instance.SerializedInput!);
        Assert.Equal(0, Property(input.RootElement, "nominatedEmployeeIds").GetArrayLength());
        Assert.Equal("Legal", Property(input.RootElement, "audienceGroupId").GetString());
    }

    private static JsonElement Property(JsonElement root, string name)
        => root.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
