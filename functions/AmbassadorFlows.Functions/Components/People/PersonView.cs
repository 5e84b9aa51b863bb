using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Components.People;

/// <summary>What HR's page about one person shows: each read bounded by the person (their journeys,
/// the open requests of those journeys, the latest mail to their address).</summary>
public sealed record PersonView(
    string EmployeeId,
    Employee? Employee,
    Employee? Manager,
    IReadOnlyList<PersonJourney> Journeys,
    IReadOnlyList<PendingApproval> OpenRequests,
    IReadOnlyList<OutboxMessage> Mail,
    IReadOnlyDictionary<string, string> AssigneeNames)
{
    /// <summary>Whom a request is asked of, by name (their address when the directory no longer knows them).</summary>
    public string AssigneeOf(PendingApproval request)
        => request is null ? string.Empty : AssigneeNames.TryGetValue(request.AssigneeId, out var name) ? name : request.AssigneeEmail;

    public bool AnyRunning => Journeys.Any(j => j.IsRunning);

    /// <summary>The IANA zone of the person's programmes, when they have one between them; null: UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Their personal link's version (the renewal form names the one HR saw) and whether they were erased.</summary>
    public AmbassadorFlows.Functions.Personal.PersonalLinkState Link { get; init; } = new(1, Erased: false);
}

/// <summary>One journey of the person: the read model's record and the orchestration's status.</summary>
public sealed record PersonJourney(JourneyRecord Record, string? RuntimeStatus, bool IsRunning);
