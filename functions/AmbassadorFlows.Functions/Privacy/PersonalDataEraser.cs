using System.Text.Json;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// One code path for erasure, whether the retention date passed (the sweep) or HR asked (right to
/// erasure), and for the export (right of access). Erasure purges the person's journey
/// orchestrations (their histories and inputs name them; the cohort's history holds only ids), then
/// has every <see cref="IPersonalDataStore"/> remove or redact what it keeps, empties the files' logs,
/// writes an audit line holding only ids and counts and marks the person erased. Every step is
/// idempotent and the mark comes last, so an interrupted erasure is found by the next sweep and completed. The Durable client is
/// passed in (DI locally, the function's binding in Azure).
/// </summary>
public sealed partial class PersonalDataEraser
{
    /// <summary>The audit trail's instance for erasures, which concern a person rather than one orchestration.</summary>
    public const string AuditInstance = "privacy";

    private readonly IEnumerable<IPersonalDataStore> _stores;
    private readonly IErasureSchedule _schedule;
    private readonly IApprovalStore _audit;
    private readonly IDirectory _directory;
    private readonly IStorageCompaction? _compaction;
    private readonly TimeProvider _time;
    private readonly ILogger<PersonalDataEraser> _logger;

    public PersonalDataEraser(IEnumerable<IPersonalDataStore> stores, IErasureSchedule schedule, IApprovalStore audit, IDirectory directory, TimeProvider time, ILogger<PersonalDataEraser> logger, IStorageCompaction? compaction = null)
    {
        _stores = stores;
        _schedule = schedule;
        _audit = audit;
        _directory = directory;
        _time = time;
        _logger = logger;
        _compaction = compaction;
    }

    /// <exception cref="ErasureBlockedException">A journey of the person has not ended.</exception>
    /// <exception cref="UnknownPersonException">Nobody has the id.</exception>
    public async Task<ErasureReport> EraseAsync(DurableTaskClient client, string employeeId, string actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var subject = await CollectKnownAsync(employeeId, cancellationToken);
        foreach (var journey in subject.JourneyInstanceIds.Order(StringComparer.Ordinal))
        {
            var instance = await client.GetInstanceAsync(journey, cancellationToken);
            if (instance?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended)
            {
                throw new ErasureBlockedException($"Journey '{journey}' is {instance.RuntimeStatus}: it needs the data. The ambassador steps down first (the link in their welcome email), or Ops terminates the journey; then erase.");
            }
        }

        var purged = new List<string>();
        foreach (var journey in subject.JourneyInstanceIds.Order(StringComparer.Ordinal))
        {
            if ((await client.PurgeInstanceAsync(journey, cancellation: cancellationToken)).PurgedInstanceCount > 0)
            {
                purged.Add(journey);
            }
        }

        var redactor = new Redactor(subject);
        var erasedAt = _time.GetUtcNow();
        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var store in _stores)
        {
            changed[store.Section] = await store.EraseAsync(subject, redactor, erasedAt, cancellationToken);
        }

        if (_compaction is not null && !await _compaction.CompactAsync(cancellationToken))
        {
            LogCompactionBusy(_logger, employeeId);
        }

        // The audit line once the data is gone from the files too; the mark last, so a crash before it
        // means the next sweep erases again (changing nothing) and audits again, never an erasure unaudited.
        var counts = string.Join(", ", changed.Select(c => $"{c.Key} {c.Value}"));
        await _audit.AppendAuditAsync(new AuditEntry(AuditInstance, erasedAt, actor, AuditActions.ErasedPersonalData, $"employee {employeeId}; {reason}; journeys purged {purged.Count}; records changed: {counts}"), CancellationToken.None);
        await _schedule.MarkErasedAsync(employeeId, erasedAt, cancellationToken);

        LogErased(_logger, employeeId, purged.Count, counts);
        return new ErasureReport(employeeId, erasedAt, purged, changed);
    }

    /// <summary>Erases everyone due now; one who cannot be erased yet is logged and tried at the next sweep.</summary>
    public async Task<int> SweepAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var erased = 0;
        foreach (var employeeId in await _schedule.ListDueAsync(_time.GetUtcNow(), 100, cancellationToken))
        {
            try
            {
                await EraseAsync(client, employeeId, "system", "retention period over", cancellationToken);
                erased++;
            }
            catch (ErasureBlockedException ex)
            {
                LogSweepBlocked(_logger, employeeId, ex.Message);
            }
        }

        return erased;
    }

    /// <exception cref="UnknownPersonException">Nobody has the id.</exception>
    public async Task<PersonalDataExport> ExportAsync(DurableTaskClient client, string employeeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var subject = await CollectKnownAsync(employeeId, cancellationToken);
        var stores = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var store in _stores)
        {
            stores[store.Section] = await store.ExportAsync(subject, cancellationToken);
        }

        var journeys = new List<JourneyExport>();
        foreach (var journey in subject.JourneyInstanceIds.Order(StringComparer.Ordinal))
        {
            if (await client.GetInstanceAsync(journey, getInputsAndOutputs: true, cancellationToken) is { } instance)
            {
                journeys.Add(new JourneyExport(instance.InstanceId, instance.RuntimeStatus.ToString(), instance.CreatedAt, instance.LastUpdatedAt, Json(instance.SerializedInput), Json(instance.SerializedOutput)));
            }
        }

        return new PersonalDataExport(employeeId, _time.GetUtcNow(), stores, journeys);
    }

    private async Task<PersonalDataSubject> CollectKnownAsync(string employeeId, CancellationToken cancellationToken)
    {
        var subject = await CollectAsync(employeeId, cancellationToken);
        return subject.IsKnown ? subject : throw new UnknownPersonException(employeeId);
    }

    private async Task<PersonalDataSubject> CollectAsync(string employeeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        var subject = new PersonalDataSubject(employeeId);
        if (await _directory.GetEmployeeAsync(employeeId, cancellationToken) is { } employee)
        {
            subject.AddEmail(employee.Email);
            subject.AddName(employee.DisplayName);
        }

        foreach (var journey in await _schedule.ListJourneysAsync(employeeId, cancellationToken))
        {
            subject.JourneyInstanceIds.Add(journey.JourneyInstanceId);
        }

        // Twice: the outbox knows names by address, and the addresses come from the approvals.
        for (var round = 0; round < 2; round++)
        {
            foreach (var store in _stores)
            {
                await store.CollectAsync(subject, cancellationToken);
            }
        }

        return subject;
    }

    private static JsonElement? Json(string? serialized)
    {
        if (serialized is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(serialized);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(serialized);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the personal data of {EmployeeId}: {Journeys} journeys purged; records changed: {Counts}")]
    private static partial void LogErased(ILogger logger, string employeeId, int journeys, string counts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erased {EmployeeId}, but the database files stayed too busy to empty their write-ahead logs; older copies of the rows remain in them until the logs restart or the next erasure empties them.")]
    private static partial void LogCompactionBusy(ILogger logger, string employeeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasure of {EmployeeId} is due but waits: {Reason}")]
    private static partial void LogSweepBlocked(ILogger logger, string employeeId, string reason);
}
