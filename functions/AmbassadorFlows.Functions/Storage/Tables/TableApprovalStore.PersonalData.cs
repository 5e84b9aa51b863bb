using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Erasure and export of approvals and the audit trail on Tables: every entity is looked
/// at (anyone's can name the person) and those that change are replaced. No transaction spans the
/// tables; the erasure is idempotent and re-run until the person is marked erased.</summary>
public sealed partial class TableApprovalStore : IPersonalDataStore
{
    public string Section => "approvals";

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var approval in await QueryAsync(TableClient.CreateQueryFilter($"AssigneeId eq {subject.EmployeeId}"), null, cancellationToken).ConfigureAwait(false))
        {
            RecordRedaction.Collect(approval, subject);
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return RecordRedaction.Export(await QueryAsync(null, null, cancellationToken).ConfigureAwait(false), await ListAuditAsync(cancellationToken: cancellationToken).ConfigureAwait(false), subject);
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var changed = 0;
        foreach (var approval in await QueryAsync(null, null, cancellationToken).ConfigureAwait(false))
        {
            if (RecordRedaction.Approval(approval, subject, redactor) is { } redacted)
            {
                await _approvals.UpdateEntityAsync(ToEntity(redacted), ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        await foreach (var entity in _audit.QueryAsync<AuditEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (RecordRedaction.Audit(new AuditEntry(entity.InstanceId, entity.At, entity.Actor, entity.Action, entity.Details), subject, redactor) is { } redacted)
            {
                entity.Actor = redacted.Actor;
                entity.Details = redacted.Details;
                await _audit.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        return changed;
    }
}
