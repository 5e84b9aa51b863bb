using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Reassignment;

/// <summary>One app with one cohort whose journeys wait for their managers: Oliver Bennett (E012,
/// manager E009), Youssef El Amrani (E016, manager E014) and Lars Hansen (E006, manager E004). Each
/// test works on its own ambassador's request, so their order does not matter.</summary>
public sealed class HandOverApp : IAsyncLifetime
{
    public AppHost App { get; } = new();

    public string CohortId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        CohortId = await App.StartJourneysAsync("E012", "E016", "E006");
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
