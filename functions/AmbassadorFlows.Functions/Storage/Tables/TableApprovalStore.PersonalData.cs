using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Erasure and export of approvals and the audit trail on Tables. The records are found
/// through the mentions index (<see cref="TableMentions"/>: the person's own requests, their
/// journeys' and every other naming them), read by key <see cref="MentionKeys.BatchSize"/> at a time,
/// and those that change are replaced. No transaction spans the tables; the erasure is idempotent and
/// re-run until the person is marked erased.</summary>
public sealed partial class TableApprovalStore : IPersonalDataStore
{
    public string Section => "approvals";

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await foreach (var approval in ApprovalsAsync([MentionKeys.Employee(subject.EmployeeId)], cancellationToken).ConfigureAwait(false))
        {
            RecordRedaction.Collect(ToApproval(approval), subject);
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var keys = MentionKeys.Of(subject);
        var approvals = new List<PendingApproval>();
        await foreach (var approval in ApprovalsAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            approvals.Add(ToApproval(approval));
        }

        var audit = new List<AuditEntry>();
        await foreach (var entity in AuditAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            audit.Add(new AuditEntry(entity.InstanceId, entity.At, entity.Actor, entity.Action, entity.Details));
        }

        return RecordRedaction.Export(approvals, audit, subject);
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var keys = MentionKeys.Of(subject);
        var changed = 0;
        await foreach (var entity in ApprovalsAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            if (RecordRedaction.Approval(ToApproval(entity), subject, redactor) is { } redacted)
            {
                await _approvals.UpdateEntityAsync(ToEntity(redacted), ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                await KeepCheckInAsync(ToEntity(redacted), cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        await foreach (var entity in AuditAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            if (RecordRedaction.Audit(new AuditEntry(entity.InstanceId, entity.At, entity.Actor, entity.Action, entity.Details), subject, redactor) is { } redacted)
            {
                entity.Actor = redacted.Actor;
                entity.Details = redacted.Details;
                await _audit.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        // Last, so an erasure cut short finds the same records again.
        await _mentions.ForgetAsync(keys, TableMentions.Approval, [], cancellationToken).ConfigureAwait(false);
        await _mentions.ForgetAsync(keys, TableMentions.Audit, [], cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private async IAsyncEnumerable<ApprovalEntity> ApprovalsAsync(IReadOnlyList<string> keys, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTablesAsync().ConfigureAwait(false);
        await EnsureIndexedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var batch in (await _mentions.RowsAsync(keys, TableMentions.Approval, cancellationToken).ConfigureAwait(false)).Chunk(MentionKeys.BatchSize))
        {
            foreach (var entity in (await Task.WhenAll(batch.Select(id => ReadAsync(id, cancellationToken))).ConfigureAwait(false)).OfType<ApprovalEntity>())
            {
                yield return entity;
            }
        }
    }

    private async IAsyncEnumerable<AuditEntity> AuditAsync(IReadOnlyList<string> keys, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTablesAsync().ConfigureAwait(false);
        await EnsureIndexedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var batch in (await _mentions.RowsAsync(keys, TableMentions.Audit, cancellationToken).ConfigureAwait(false)).Chunk(MentionKeys.BatchSize))
        {
            var rows = await Task.WhenAll(batch.Select(async place =>
            {
                var split = place.LastIndexOf('|');
                var found = await _audit.GetEntityIfExistsAsync<AuditEntity>(place[..split], place[(split + 1)..], cancellationToken: cancellationToken).ConfigureAwait(false);
                return found.HasValue ? found.Value : null;
            })).ConfigureAwait(false);
            foreach (var entity in rows.OfType<AuditEntity>())
            {
                yield return entity;
            }
        }
    }

    /// <summary>Requests and audit lines written before the mentions index existed are indexed once (<see cref="TableMentions.EnsureIndexedAsync"/>).</summary>
    private async Task EnsureIndexedAsync(CancellationToken cancellationToken)
    {
        await _mentions.EnsureIndexedAsync(TableMentions.Approval, AllApprovalsAsync, namesFirst: false, cancellationToken).ConfigureAwait(false);
        await _mentions.EnsureIndexedAsync(TableMentions.Audit, AllAuditAsync, namesFirst: false, cancellationToken).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<(string Row, MentionKeys.Found Found)> AllApprovalsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _approvals.QueryAsync<ApprovalEntity>(maxPerPage: MentionKeys.BatchSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (entity.ApprovalId, MentionKeys.InApproval(ToApproval(entity)));
        }
    }

    private async IAsyncEnumerable<(string Row, MentionKeys.Found Found)> AllAuditAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _audit.QueryAsync<AuditEntity>(maxPerPage: MentionKeys.BatchSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (AuditRow(entity.PartitionKey, entity.RowKey), MentionKeys.InAudit(new AuditEntry(entity.InstanceId, entity.At, entity.Actor, entity.Action, entity.Details)));
        }
    }
}
