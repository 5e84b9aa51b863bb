using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys.Activities;

/// <summary>Looks up the ambassador, their manager and the HR owner once, so the orchestrator
/// can address them from history. Without a manager in the directory, HR approves.</summary>
public sealed class GetJourneyPeople : TaskActivity<JourneyPeopleRequest, JourneyPeople>
{
    private readonly IDirectory _directory;

    public GetJourneyPeople(IDirectory directory)
    {
        _directory = directory;
    }

    public override async Task<JourneyPeople> RunAsync(TaskActivityContext context, JourneyPeopleRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ambassador = await _directory.GetEmployeeAsync(input.EmployeeId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Employee '{input.EmployeeId}' is not in the directory.");
        var hr = await _directory.GetEmployeeAsync(input.HrOwnerId, CancellationToken.None)
            ?? throw new InvalidOperationException($"HR owner '{input.HrOwnerId}' is not in the directory.");
        var manager = await _directory.GetManagerAsync(input.EmployeeId, CancellationToken.None) ?? hr;
        return new JourneyPeople(Person.From(ambassador), Person.From(manager), Person.From(hr));
    }
}

public sealed record JourneyPeopleRequest(string EmployeeId, string HrOwnerId);
