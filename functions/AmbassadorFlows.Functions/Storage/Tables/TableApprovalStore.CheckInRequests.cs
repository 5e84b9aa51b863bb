using AmbassadorFlows.Workflows.Figures;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>A cohort's check-in requests for the figures, kept as rows in the cohort's partition
/// (<see cref="CheckInRequestEntity"/>): written after every write of a check-in request (upsert of
/// the values just written, so a retried activity rewrites the same row) and read as one partition.
/// A cohort whose requests predate the rows is copied in from the approvals once, on its first read.</summary>
public sealed partial class TableApprovalStore
{
    public async Task<IReadOnlyList<CheckInRequest>> ListCheckInRequestsOfCohortAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        await EnsureTablesAsync().ConfigureAwait(false);
        var partition = TableKeys.Encode(cohortId);
        var filled = await _checkIns.GetEntityIfExistsAsync<CheckInRequestEntity>(CheckInRequestEntity.FilledPartition, partition, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!filled.HasValue)
        {
            foreach (var approval in await QueryAsync(null, Api.CohortReadModel.JourneyPrefix(cohortId), cancellationToken).ConfigureAwait(false))
            {
                await KeepCheckInAsync(ToEntity(approval), cancellationToken).ConfigureAwait(false);
            }

            await _checkIns.UpsertEntityAsync(new CheckInRequestEntity { PartitionKey = CheckInRequestEntity.FilledPartition, RowKey = partition, ApprovalId = cohortId }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        var requests = new List<CheckInRequest>();
        await foreach (var row in _checkIns.QueryAsync<CheckInRequestEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (CheckInRequestRow.Read(row.ApprovalId, row.InstanceId, row.CreatedAt, row.DetailsJson, row.Answered) is { } request)
            {
                requests.Add(request);
            }
        }

        return requests;
    }

    /// <summary>Keeps the figures' row of a check-in request as just written (other approvals: nothing).</summary>
    private async Task KeepCheckInAsync(ApprovalEntity approval, CancellationToken cancellationToken)
    {
        if (!CheckInRequestRow.IsCheckIn(approval.ApprovalId, approval.InstanceId))
        {
            return;
        }

        await _checkIns.UpsertEntityAsync(
            new CheckInRequestEntity
            {
                PartitionKey = TableKeys.Encode(CheckInRequestRow.CohortOf(approval.InstanceId)),
                RowKey = TableKeys.Encode(approval.ApprovalId),
                ApprovalId = approval.ApprovalId,
                InstanceId = approval.InstanceId,
                CreatedAt = approval.CreatedAt,
                DetailsJson = approval.DetailsJson,
                Answered = approval.Decision is not null,
            },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }
}
