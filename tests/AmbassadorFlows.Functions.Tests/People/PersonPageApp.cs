using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.People;

/// <summary>One app with one mobility cohort (Brussels time) whose journey for Oliver Bennett (E012)
/// waits for his manager's approval; other people in the directory have no journey.</summary>
public sealed class PersonPageApp : IAsyncLifetime
{
    public AppHost App { get; } = new();

    public string CohortId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        CohortId = await App.StartJourneysAsync("E012");
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
