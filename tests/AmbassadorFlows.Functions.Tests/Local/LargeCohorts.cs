using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>A running cohort with many ambassadors in the progress read model, written as the
/// journeys' activities write them. No journeys run, so nothing moves while a test reads its pages.</summary>
public static class LargeCohorts
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Employee ids P000, P001, …: not in the directory, so pages show the ids.</summary>
    public static string Employee(int i) => $"P{i:D3}";

    public static async Task<string> LargeCohortAsync(this AppHost app, int size)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cohortId = await app.CreateCohortAsync(["E007"]);
        var progress = app.Services.GetRequiredService<ICohortProgress>();
        for (var i = 0; i < size; i++)
        {
            await progress.RecordStepAsync(new AmbassadorStepChange(cohortId, Employee(i), $"{cohortId}:journey:{Employee(i)}", AmbassadorStep.Active, Start));
        }

        return cohortId;
    }
}
