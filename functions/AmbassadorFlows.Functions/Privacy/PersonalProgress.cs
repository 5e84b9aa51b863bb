using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>The read model's section of a personal-data export, the same from either store: each
/// journey's progress (steps, training, check-ins) and when it was erased.</summary>
public sealed record PersonalProgress(AmbassadorProgress Progress, DateTimeOffset? ErasedAt)
{
    public static async Task<IReadOnlyList<PersonalProgress>> ReadAsync<TStore>(TStore store, string employeeId, CancellationToken cancellationToken)
        where TStore : ICohortProgress, IErasureSchedule
    {
        ArgumentNullException.ThrowIfNull(store);
        var result = new List<PersonalProgress>();
        foreach (var journey in await store.ListJourneysAsync(employeeId, cancellationToken))
        {
            var progress = (await store.GetCohortAsync(journey.CohortId, cancellationToken)).Single(p => p.EmployeeId == employeeId);
            result.Add(new PersonalProgress(progress, journey.ErasedAt));
        }

        return result;
    }
}
