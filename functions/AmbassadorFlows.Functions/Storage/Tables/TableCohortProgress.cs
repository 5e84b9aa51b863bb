using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// <see cref="ICohortProgress"/> on Azure Tables for Azure mode, with the semantics of the
/// SQLite read model: one partition per cohort holding a progress row per ambassador and a row per
/// monthly check-in. A step change is a read, then an insert or an ETag-conditioned replace (a
/// concurrent writer makes us re-read), so the training state and erasure date survive it and the
/// agreement version is kept when a change does not carry one. Training and erasure updates touch
/// an existing ambassador only, as in SQLite. Every write is idempotent.
/// </summary>
public sealed partial class TableCohortProgress : ICohortProgress
{
    private readonly TableClient _table;
    private readonly Lazy<Task> _created;

    public TableCohortProgress(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tablePrefix + "Progress");
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
    }

    public async Task RecordStepAsync(AmbassadorStepChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await _created.Value.ConfigureAwait(false);
        var partition = TableKeys.Encode(change.CohortId);
        var row = ProgressEntity.RowPrefix + TableKeys.Encode(change.EmployeeId);
        while (true)
        {
            var existing = await _table.GetEntityIfExistsAsync<ProgressEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            var entity = existing.HasValue ? existing.Value! : new ProgressEntity { PartitionKey = partition, RowKey = row };
            entity.CohortId = change.CohortId;
            entity.EmployeeId = change.EmployeeId;
            entity.JourneyInstanceId = change.JourneyInstanceId;
            entity.Step = change.Step.ToString();
            entity.Since = change.At;
            entity.Term = change.Term;
            entity.Outcome = change.Outcome;
            entity.AgreementVersion = change.AgreementVersion ?? entity.AgreementVersion;
            try
            {
                if (existing.HasValue)
                {
                    await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another writer got there between our read and write: apply the change on top of theirs.
            }
        }
    }

    public async Task RecordCheckInAsync(string cohortId, string employeeId, CheckInRecord checkIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        await _created.Value.ConfigureAwait(false);
        var entity = new CheckInEntity
        {
            PartitionKey = TableKeys.Encode(cohortId),
            RowKey = string.Create(CultureInfo.InvariantCulture, $"{CheckInEntity.RowPrefix}{TableKeys.Encode(employeeId)}|{checkIn.Month:D6}"),
            EmployeeId = employeeId,
            Month = checkIn.Month,
            AttendedMeeting = checkIn.AttendedMeeting,
            HoursSpent = checkIn.HoursSpent,
            Successes = checkIn.Successes,
            Challenges = checkIn.Challenges,
            Asks = checkIn.Asks,
            SubmittedAt = checkIn.SubmittedAt,
            HoursInvalid = checkIn.HoursInvalid,
            NoTime = checkIn.NoTime,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public Task RecordTrainingAsync(string cohortId, string employeeId, TrainingRecord training, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        return MergeIfPresentAsync(cohortId, employeeId, "TrainingJson", JsonSerializer.Serialize(training, WorkflowJson.Options), cancellationToken);
    }

    public Task ScheduleErasureAsync(string cohortId, string employeeId, DateTimeOffset eraseAfter, CancellationToken cancellationToken = default)
        => MergeIfPresentAsync(cohortId, employeeId, "EraseAfter", eraseAfter, cancellationToken);

    public async Task<IReadOnlyList<AmbassadorProgress>> GetCohortAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var partition = TableKeys.Encode(cohortId);
        var checkIns = new Dictionary<string, List<CheckInRecord>>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<CheckInEntity>(RowRange(partition, CheckInEntity.RowPrefix), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!checkIns.TryGetValue(row.EmployeeId, out var list))
            {
                list = [];
                checkIns[row.EmployeeId] = list;
            }

            list.Add(ToCheckIn(row));
        }

        var result = new List<AmbassadorProgress>();
        await foreach (var row in _table.QueryAsync<ProgressEntity>(RowRange(partition, ProgressEntity.RowPrefix), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(ToProgress(row, checkIns.TryGetValue(row.EmployeeId, out var list) ? list : []));
        }

        // Keys are encoded, so the table's order is not quite the ids' order.
        return [.. result.OrderBy(p => p.EmployeeId, StringComparer.Ordinal)];
    }

    private static AmbassadorProgress ToProgress(ProgressEntity row, IEnumerable<CheckInRecord> checkIns)
        => new(
            row.CohortId,
            row.EmployeeId,
            row.JourneyInstanceId,
            Enum.Parse<AmbassadorStep>(row.Step),
            row.Since,
            row.Term,
            row.Outcome,
            row.AgreementVersion,
            row.TrainingJson is null ? null : JsonSerializer.Deserialize<TrainingRecord>(row.TrainingJson, WorkflowJson.Options),
            [.. checkIns.OrderBy(c => c.Month)],
            row.EraseAfter);

    private static CheckInRecord ToCheckIn(CheckInEntity row)
        => new(row.Month, row.AttendedMeeting, row.HoursSpent, row.Successes, row.Challenges, row.Asks, row.SubmittedAt) { HoursInvalid = row.HoursInvalid, NoTime = row.NoTime };

    /// <summary>Sets one property of an ambassador's progress row; does nothing when the row does not exist.</summary>
    private async Task MergeIfPresentAsync(string cohortId, string employeeId, string property, object value, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Encode(cohortId), ProgressEntity.RowPrefix + TableKeys.Encode(employeeId)) { [property] = value };
        try
        {
            await _table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No such ambassador in this cohort: the SQLite model's UPDATE matches no row either.
        }
    }

    /// <summary>Rows of one kind in one partition: RowKey in [prefix, prefix with its last character + 1).</summary>
    internal static string RowRange(string partition, string prefix)
    {
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}");
    }
}
