using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Api;

/// <summary>
/// HR hands a running cohort (version 4) to another HR owner. Requests already waiting for the
/// current owner in this cohort are handed over at once, the existing way (each with its own link,
/// the old owner told); the cohort and its journeys address the new owner from the event on.
/// Shared by the dashboard's form and the HR API, which each check the cohort first.
/// </summary>
public static class HrOwnerChangeCommand
{
    /// <summary>How many of the current owner's open requests are read to find this cohort's.</summary>
    private const int OpenRequestsRead = 500;

    public static async Task ChangeAsync(
        DurableTaskClient client,
        IApprovalAssignment assignment,
        RequestHandOver handOver,
        IDirectory directory,
        string cohortId,
        string currentOwnerId,
        Employee newOwner,
        string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(handOver);
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var open in await assignment.ListOpenForAssigneeAsync(currentOwnerId, OpenRequestsRead, cancellationToken))
        {
            if (string.Equals(CohortReadModel.CohortOf(open.InstanceId), cohortId, StringComparison.Ordinal))
            {
                await handOver.HandOverAsync(open.ApprovalId, newOwner, actor, expectedAssigneeId: currentOwnerId, cancellationToken: cancellationToken);
            }
        }

        var by = await directory.GetEmployeeAsync(actor, cancellationToken);
        await client.RaiseEventAsync(cohortId, CohortEvents.HrOwnerChanged, new HrOwnerChange(Person.From(newOwner), actor, by?.DisplayName ?? actor), cancellationToken);
    }
}
