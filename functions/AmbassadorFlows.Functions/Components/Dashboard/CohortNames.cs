using AmbassadorFlows.Functions.Api;

namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>People on the cohort page by name when the directory knows them.</summary>
public static class CohortNames
{
    /// <summary>A person by name, else as the id.</summary>
    public static string Of(string? employeeId, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return employeeId is not null && names.TryGetValue(employeeId, out var name) ? name : employeeId ?? string.Empty;
    }

    /// <summary>Whom a request waits on: by name, else their address.</summary>
    public static string Of(WaitingView wait, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(wait);
        ArgumentNullException.ThrowIfNull(names);
        return names.TryGetValue(wait.AssigneeId, out var name) ? name : wait.AssigneeEmail;
    }
}
