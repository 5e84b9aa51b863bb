using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Reminders;

/// <summary>One app with one cohort whose journeys wait for their managers: Oliver Bennett (E012,
/// manager Julie Lambert, French), Youssef El Amrani (E016, manager Koen Vermeulen, Dutch), Lars Hansen
/// (E006, manager Anders Nielsen, Danish) and James Walker (E024, manager Charlotte Dupont, French);
/// HR is Claire Dubois (E002, French). Each test works on its own ambassador's request.</summary>
public sealed class ReminderApp : IAsyncLifetime
{
    public AppHost App { get; } = new();

    public string CohortId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        CohortId = await App.StartJourneysAsync("E012", "E016", "E006", "E024");
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
