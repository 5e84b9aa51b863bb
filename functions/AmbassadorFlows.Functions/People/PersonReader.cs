using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components.People;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.People;

/// <summary>Reads what HR's page about one person shows, each part by the person: the directory entry,
/// their journeys (the read model's index by person), each journey's status and open requests, and the
/// latest mail to their address (the outbox's recipient index), and the time zone of their cohorts'
/// programmes (one read per cohort), and their personal link's version. A person nobody knows is null.</summary>
public sealed class PersonReader(IDirectory directory, IErasureSchedule journeys, IApprovalStore approvals, ISentMailLog outbox, IProgrammeCatalog programmes, AmbassadorFlows.Functions.Personal.IPersonalPageStore links)
{
    public async Task<PersonView?> ReadAsync(DurableTaskClient client, string employeeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!PrivacyEndpoints.IsEmployeeId(employeeId))
        {
            return null;
        }

        var employee = await directory.GetEmployeeAsync(employeeId, cancellationToken);
        var records = await journeys.ListJourneysAsync(employee?.Id ?? employeeId, cancellationToken);
        if (employee is null && records.Count == 0)
        {
            return null;
        }

        var id = employee?.Id ?? employeeId;
        var manager = employee?.ManagerId is { } managerId ? await directory.GetEmployeeAsync(managerId, cancellationToken) : null;
        var journeyViews = new List<PersonJourney>();
        var open = new List<PendingApproval>();
        foreach (var record in records)
        {
            var instance = await client.GetInstanceAsync(record.JourneyInstanceId, getInputsAndOutputs: false, cancellationToken);
            var running = instance is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended };
            journeyViews.Add(new PersonJourney(record, instance?.RuntimeStatus.ToString(), running));
            if (running)
            {
                open.AddRange(await approvals.ListPendingAsync(record.JourneyInstanceId, cancellationToken));
            }
        }

        var mail = employee is null ? [] : await outbox.ListAsync(PeopleEndpoints.MaxMail, employee.Email, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignee in open.Select(r => r.AssigneeId).Distinct(StringComparer.Ordinal))
        {
            if (await directory.GetEmployeeAsync(assignee, cancellationToken) is { } person)
            {
                names[assignee] = person.DisplayName;
            }
        }

        return new PersonView(id, employee, manager, journeyViews, open, mail, names)
        {
            TimeZone = await TimeZoneAsync(client, records, cancellationToken),
            Link = await links.GetLinkAsync(id, cancellationToken),
        };
    }

    /// <summary>The zone of the programmes the person's cohorts run when they all agree (the usual case:
    /// one programme); null when they have none, the programmes disagree or cannot be found, so the page
    /// keeps UTC and says so, as pages that mix programmes do.</summary>
    private async Task<string?> TimeZoneAsync(DurableTaskClient client, IReadOnlyList<JourneyRecord> records, CancellationToken cancellationToken)
    {
        var zones = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var cohortId in records.Select(r => r.CohortId).Distinct(StringComparer.Ordinal))
        {
            var cohort = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: true, cancellationToken);
            var request = cohort is null ? null : CohortReadModel.ReadRequest(cohort);
            var programme = request?.ProgrammeId is { } programmeId ? await programmes.FindAsync(programmeId, request.ProgrammeVersion, cancellationToken) : null;
            zones.Add(programme?.Meetings.TimeZone);
        }

        return zones.Count == 1 ? zones.Single() : null;
    }
}
