using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// <see cref="IApprovalStore"/> on Azure Tables, for Azure mode (the SQLite file of local mode
/// does not survive scale-out or redeploys). Create is insert-if-absent (409 → read the first one);
/// a decision or a close is a read, then a replace conditioned on the ETag read: of concurrent
/// deciders exactly one update succeeds, the others get 412, re-read, and report the winner.
/// A decision owes its event (<c>DeliveryOwed</c>) until marked delivered. The pending, undelivered
/// and full lists scan the approvals table with a server-side filter (Status or DeliveryOwed, and the
/// instance-id range); fine for HR volumes (thousands), the place to add an index beyond that.
/// </summary>
public sealed partial class TableApprovalStore : IApprovalStore, IApprovalHistory
{
    private readonly TableClient _approvals;
    private readonly TableClient _audit;
    private readonly TableClient _checkIns;
    private readonly Lazy<Task> _created;
    private readonly TableMentions _mentions;

    public TableApprovalStore(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _approvals = service.GetTableClient(tablePrefix + "Approvals");
        _audit = service.GetTableClient(tablePrefix + "Audit");
        _checkIns = service.GetTableClient(tablePrefix + "CheckInRequests");
        _created = new Lazy<Task>(CreateTablesAsync);
        _mentions = new TableMentions(service, tablePrefix);
    }

    public async Task<PendingApproval> CreateAsync(PendingApproval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentException.ThrowIfNullOrWhiteSpace(approval.ApprovalId, nameof(approval));
        await EnsureTablesAsync().ConfigureAwait(false);

        // Its mentions before the request: no request is kept that erasure cannot find.
        await _mentions.RecordAsync(TableMentions.Approval, approval.ApprovalId, MentionKeys.InApproval(approval), cancellationToken).ConfigureAwait(false);
        try
        {
            await _approvals.AddEntityAsync(ToEntity(approval), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Idempotent: a retried activity gets the approval as first recorded.
        }

        var stored = await GetAsync(approval.ApprovalId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Approval '{approval.ApprovalId}' vanished after insert.");
        await KeepCheckInAsync(ToEntity(stored), cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<PendingApproval?> GetAsync(string approvalId, CancellationToken cancellationToken = default)
    {
        var entity = await ReadAsync(approvalId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : ToApproval(entity);
    }

    /// <exception cref="KeyNotFoundException">No approval with this id.</exception>
    /// <exception cref="InvalidOperationException">The approval was closed without a decision.</exception>
    public async Task<DecisionOutcome> TryDecideAsync(ApprovalDecision decision, CancellationToken cancellationToken = default)
        => (await DecideAsync(decision, assigneeId: null, cancellationToken).ConfigureAwait(false))!;

    /// <summary>Records the decision unless one stands or the approval was closed; with
    /// <paramref name="assigneeId"/>, only while that person still holds the request (null otherwise).</summary>
    private async Task<DecisionOutcome?> DecideAsync(ApprovalDecision decision, string? assigneeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        while (true)
        {
            var entity = await ReadAsync(decision.ApprovalId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No approval '{decision.ApprovalId}'.");
            if (assigneeId is not null && !string.Equals(entity.AssigneeId, assigneeId, StringComparison.Ordinal))
            {
                return null;
            }

            if (entity.Decision is not null)
            {
                // A retry after a crash between the decision and its figures row writes the row.
                await KeepCheckInAsync(entity, cancellationToken).ConfigureAwait(false);
                return new DecisionOutcome(ToApproval(entity).Decision!, RecordedNow: false);
            }

            if (entity.ClosedReason is not null)
            {
                throw new InvalidOperationException($"Approval '{decision.ApprovalId}' is closed ({entity.ClosedReason}); it takes no decision.");
            }

            entity.Status = ApprovalEntity.Decided;
            entity.Decision = decision.Decision;
            entity.DecidedBy = decision.DecidedBy;
            entity.DecidedAt = decision.DecidedAt;
            entity.Comment = decision.Comment;
            entity.DataJson = decision.DataJson;
            entity.DeliveryOwed = true;
            if (await TryReplaceAsync(entity, cancellationToken).ConfigureAwait(false))
            {
                return new DecisionOutcome(ToApproval(entity).Decision!, RecordedNow: true);
            }

            // Someone else changed it between our read and write: read again and report what stands.
        }
    }

    public async Task CloseAsync(string approvalId, string reason, DateTimeOffset closedAt, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var entity = await ReadAsync(approvalId, cancellationToken).ConfigureAwait(false);
            if (entity is null || entity.Decision is not null || entity.ClosedReason is not null)
            {
                return;
            }

            entity.Status = ApprovalEntity.Closed;
            entity.ClosedReason = reason;
            entity.ClosedAt = closedAt;
            if (await TryReplaceAsync(entity, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    public async Task<IReadOnlyList<PendingApproval>> ListPendingAsync(string? instanceIdPrefix = null, CancellationToken cancellationToken = default)
    {
        var pending = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending}"), instanceIdPrefix, cancellationToken).ConfigureAwait(false);
        return [.. pending.OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal)];
    }

    public async Task MarkDeliveredAsync(string approvalId, DateTimeOffset at, string? undeliverableReason = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var entity = await ReadAsync(approvalId, cancellationToken).ConfigureAwait(false);
            if (entity is null || entity.Decision is null || entity.DeliveredAt is not null)
            {
                return;
            }

            entity.DeliveryOwed = false;
            entity.DeliveredAt = at;
            entity.UndeliverableReason = undeliverableReason;
            if (await TryReplaceAsync(entity, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    public async Task<IReadOnlyList<PendingApproval>> ListUndeliveredAsync(DateTimeOffset decidedBefore, int limit = 100, CancellationToken cancellationToken = default)
    {
        var owed = await QueryAsync(TableClient.CreateQueryFilter($"DeliveryOwed eq true and DecidedAt le {decidedBefore}"), null, cancellationToken).ConfigureAwait(false);
        return [.. owed.OrderBy(a => a.Decision!.DecidedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal).Take(limit)];
    }

    public async Task<IReadOnlyList<PendingApproval>> ListAllAsync(string? instanceIdPrefix = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        var all = await QueryAsync(null, instanceIdPrefix, cancellationToken).ConfigureAwait(false);
        return [.. all.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal).Take(limit)];
    }

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureTablesAsync().ConfigureAwait(false);
        var rowKey = string.Create(
            CultureInfo.InvariantCulture,
            $"{entry.At.UtcTicks:D19}-{DateTime.UtcNow.Ticks:D19}-{Guid.NewGuid():N}");
        await _mentions.RecordAsync(TableMentions.Audit, AuditRow(TableKeys.Encode(entry.InstanceId), rowKey), MentionKeys.InAudit(entry), cancellationToken).ConfigureAwait(false);
        await _audit.AddEntityAsync(
            new AuditEntity
            {
                PartitionKey = TableKeys.Encode(entry.InstanceId),
                RowKey = rowKey,
                InstanceId = entry.InstanceId,
                At = entry.At,
                Actor = entry.Actor,
                Action = entry.Action,
                Details = entry.Details,
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync().ConfigureAwait(false);
        var partition = TableKeys.Encode(instanceId);
        var entries = new List<AuditEntry>();
        await foreach (var entity in _audit.QueryAsync<AuditEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(entity.InstanceId, entity.At, entity.Actor, entity.Action, entity.Details));
        }

        // Rows come back in RowKey order, which is the order we want; sorting again costs nothing.
        return entries;
    }

    public async Task<AuditPage> ListAuditPageAsync(DateTimeOffset? since, string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var from = AuditToken.Read(after);
        await EnsureTablesAsync().ConfigureAwait(false);
        var start = since ?? DateTimeOffset.MinValue;

        // Partitions are instances, so each page is a scan in time order: fine for an export HR runs
        // now and then (SQLite walks an index instead). Only the page's entries are held: the latest
        // of those kept so far leaves when an earlier one comes.
        var kept = new PriorityQueue<AuditEntity, AuditEntity>(Comparer<AuditEntity>.Create((a, b) => AuditToken.Compare(b, a)));
        await foreach (var entity in _audit.QueryAsync<AuditEntity>(e => e.At >= start, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (from is null || from.Precedes(entity))
            {
                kept.Enqueue(entity, entity);
                if (kept.Count > limit)
                {
                    kept.Dequeue();
                }
            }
        }

        var page = kept.UnorderedItems.Select(i => i.Element).Order(Comparer<AuditEntity>.Create(AuditToken.Compare)).ToList();
        return new AuditPage(
            [.. page.Select(e => new AuditEntry(e.InstanceId, e.At, e.Actor, e.Action, e.Details))],
            page.Count == limit ? AuditToken.Of(page[^1]) : null);
    }

    /// <summary>Approvals matching <paramref name="filter"/> whose instance id starts with the prefix
    /// (a server-side range, then an exact ordinal check).</summary>
    private async Task<List<PendingApproval>> QueryAsync(string? filter, string? instanceIdPrefix, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync().ConfigureAwait(false);
        if (!string.IsNullOrEmpty(instanceIdPrefix) && instanceIdPrefix[^1] != char.MaxValue)
        {
            var upper = instanceIdPrefix[..^1] + (char)(instanceIdPrefix[^1] + 1);
            var range = TableClient.CreateQueryFilter($"InstanceId ge {instanceIdPrefix} and InstanceId lt {upper}");
            filter = filter is null ? range : filter + " and " + range;
        }

        var result = new List<PendingApproval>();
        await foreach (var entity in _approvals.QueryAsync<ApprovalEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // The range is ordinal on the server; StartsWith keeps exact prefix semantics everywhere.
            if (instanceIdPrefix is null || entity.InstanceId.StartsWith(instanceIdPrefix, StringComparison.Ordinal))
            {
                result.Add(ToApproval(entity));
            }
        }

        return result;
    }

    /// <summary>Every change of a request (decision, close, delivery, hand-over) goes through here, so
    /// its new mentions are indexed first; a lost race leaves a few keys too many, which erasure skips.</summary>
    private async Task<bool> TryReplaceAsync(ApprovalEntity entity, CancellationToken cancellationToken)
    {
        await _mentions.RecordAsync(TableMentions.Approval, entity.ApprovalId, MentionKeys.InApproval(ToApproval(entity)), cancellationToken).ConfigureAwait(false);
        try
        {
            await _approvals.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            await KeepCheckInAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private async Task<ApprovalEntity?> ReadAsync(string approvalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approvalId);
        await EnsureTablesAsync().ConfigureAwait(false);
        var response = await _approvals.GetEntityIfExistsAsync<ApprovalEntity>(TableKeys.Encode(approvalId), string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private Task EnsureTablesAsync() => _created.Value;

    /// <summary>An audit line's place, as the mentions index keeps it: partition and row ('|' is in neither's alphabet at its end).</summary>
    private static string AuditRow(string partition, string rowKey) => partition + "|" + rowKey;

    private async Task CreateTablesAsync()
    {
        await _approvals.CreateIfNotExistsAsync().ConfigureAwait(false);
        await _audit.CreateIfNotExistsAsync().ConfigureAwait(false);
        await _checkIns.CreateIfNotExistsAsync().ConfigureAwait(false);
    }

    private static ApprovalEntity ToEntity(PendingApproval approval) => new()
    {
        PartitionKey = TableKeys.Encode(approval.ApprovalId),
        RowKey = string.Empty,
        ApprovalId = approval.ApprovalId,
        InstanceId = approval.InstanceId,
        EventName = approval.EventName,
        Kind = approval.Kind,
        AssigneeId = approval.AssigneeId,
        AssigneeEmail = approval.AssigneeEmail,
        OptionsJson = JsonSerializer.Serialize(approval.Options),
        CreatedAt = approval.CreatedAt,
        ExpiresAt = approval.ExpiresAt,
        DetailsJson = approval.DetailsJson,
        Status = approval.Decision is not null ? ApprovalEntity.Decided : approval.ClosedReason is not null ? ApprovalEntity.Closed : ApprovalEntity.Pending,
        Decision = approval.Decision?.Decision,
        DecidedBy = approval.Decision?.DecidedBy,
        DecidedAt = approval.Decision?.DecidedAt,
        Comment = approval.Decision?.Comment,
        DataJson = approval.Decision?.DataJson,
        DeliveryOwed = approval.Decision is { DeliveredAt: null } ? true : null,
        DeliveredAt = approval.Decision?.DeliveredAt,
        UndeliverableReason = approval.Decision?.UndeliverableReason,
        ClosedReason = approval.ClosedReason,
    };

    private static PendingApproval ToApproval(ApprovalEntity entity) => new(
        entity.ApprovalId,
        entity.InstanceId,
        entity.EventName,
        entity.Kind,
        entity.AssigneeId,
        entity.AssigneeEmail,
        JsonSerializer.Deserialize<string[]>(entity.OptionsJson) ?? [],
        entity.CreatedAt,
        entity.ExpiresAt)
    {
        DetailsJson = entity.DetailsJson,
        Decision = entity.Decision is null
            ? null
            : new ApprovalDecision(entity.ApprovalId, entity.Decision, entity.DecidedBy ?? string.Empty, entity.DecidedAt ?? entity.CreatedAt, entity.Comment, entity.DataJson)
            {
                DeliveredAt = entity.DeliveredAt,
                UndeliverableReason = entity.UndeliverableReason,
            },
        ClosedReason = entity.ClosedReason,
    };
}
