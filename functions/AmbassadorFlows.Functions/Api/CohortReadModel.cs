using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Api;

/// <summary>What HR and ops see of cohorts, assembled from the orchestrations (status, custom
/// status, failures), the progress read model and the open approvals. Shared by the HR API and
/// the dashboard. The Durable client is a parameter, not a dependency: in Azure it exists only as
/// the <c>[DurableClient]</c> binding of the function being run.</summary>
public sealed class CohortReadModel
{
    public const string CohortOrchestratorName = nameof(CohortOrchestrator);

    /// <summary>Ambassadors per page of a cohort (HR's page and the API read on with <c>after</c>).</summary>
    public const int PageSize = 50;

    /// <summary>Waiting this long on one person marks the wait as overdue on HR's pages.</summary>
    public static readonly TimeSpan LongWait = TimeSpan.FromDays(7);

    private readonly IApprovalStore _approvals;
    private readonly IDirectory _directory;
    private readonly TimeProvider _time;
    private readonly IProgrammeCatalog _catalog;
    private readonly CohortReports _reports;
    private readonly ICohortProgressPages _pages;
    private readonly ICohortList _list;
    private readonly IProgressCounts _counts;
    private readonly IApprovalHistory _history;

    public CohortReadModel(IApprovalStore approvals, IDirectory directory, TimeProvider time, IProgrammeCatalog catalog, CohortReports reports, ICohortProgressPages pages, ICohortList list, IProgressCounts counts, IApprovalHistory history)
    {
        _list = list;
        _counts = counts;
        _history = history;
        _reports = reports;
        _pages = pages;
        _approvals = approvals;
        _directory = directory;
        _time = time;
        _catalog = catalog;
    }

    public static string JourneyPrefix(string cohortId) => $"{cohortId}:journey:";

    /// <summary>The cohort an instance belongs to: itself, or the cohort of a journey.</summary>
    public static string CohortOf(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        var journey = instanceId.IndexOf(":journey:", StringComparison.Ordinal);
        return journey < 0 ? instanceId : instanceId[..journey];
    }

    /// <summary>A page of the cohort list, newest first: the rows of <see cref="ICohortList"/>, each
    /// reconciled with its orchestration (one status read per row: Ops may end a cohort through the
    /// host's API without any of our code running), its step counts and its open requests counted by
    /// an indexed query. Cohorts the runtime no longer knows (purged) are left out, as before.</summary>
    /// <exception cref="FormatException"><paramref name="after"/> is not a token of this list.</exception>
    public async Task<CohortSummaryPage> ListAsync(DurableTaskClient client, int limit, string? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await FillListOnceAsync(client, cancellationToken);
        var page = await _list.ListAsync(limit, after, cancellationToken);
        var now = _time.GetUtcNow();
        var result = new List<CohortSummary>(page.Cohorts.Count);
        var programmeNames = new Dictionary<(string, int?), LocalizedText?>();
        foreach (var row in page.Cohorts)
        {
            if (await client.GetInstanceAsync(row.CohortId, getInputsAndOutputs: false, cancellationToken) is not { } cohort)
            {
                continue;
            }

            var status = ReadStatus(cohort);
            var running = IsLive(cohort);
            var names = running ? await NamesAsync(People(status?.WaitingOn), cancellationToken) : new Dictionary<string, string>(StringComparer.Ordinal);
            result.Add(new CohortSummary(
                row.CohortId,
                row.ProgrammeId,
                cohort.RuntimeStatus.ToString(),
                StepOf(cohort, status),
                running ? status?.WaitingOn : null,
                status is null ? null : Utc(status.Since),
                cohort.CreatedAt,
                cohort.LastUpdatedAt,
                await _counts.CountByStepAsync(row.CohortId, cancellationToken),
                running ? await _history.CountOpenOfCohortAsync(row.CohortId, now, cancellationToken) : 0)
            {
                Names = names,
                ProgrammeName = await ProgrammeNameAsync(row.ProgrammeId, row.ProgrammeVersion, programmeNames, cancellationToken),
            });
        }

        return new CohortSummaryPage(result, page.Next);
    }

    /// <summary>The cohorts of a programme the runtime still knows, oldest first (the programme's health).</summary>
    public async Task<IReadOnlyList<CohortListing>> ListOfProgrammeAsync(DurableTaskClient client, string programmeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await FillListOnceAsync(client, cancellationToken);
        var cohorts = new List<CohortListing>();
        foreach (var row in await _list.ListOfProgrammeAsync(programmeId, cancellationToken))
        {
            if (await client.GetInstanceAsync(row.CohortId, getInputsAndOutputs: false, cancellationToken) is not null)
            {
                cohorts.Add(row);
            }
        }

        return cohorts;
    }

    /// <summary>Cohorts started before the list existed are copied into it once, from the
    /// orchestrations (the only pass over every instance; <c>app_meta</c> in SQLite, a marker row in
    /// Tables, says it is done). Since then the start and the cohort's plan activity list each cohort.
    /// Two first readers at once both copy: the writes are upserts, so that is harmless.</summary>
    private async Task FillListOnceAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await _list.IsFilledAsync(cancellationToken))
        {
            return;
        }

        var query = new OrchestrationQuery { FetchInputsAndOutputs = true, PageSize = 200 };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (IsCohort(instance) && ReadRequest(instance) is { } request)
            {
                await _list.RecordCohortAsync(new CohortListing(instance.InstanceId, request.ProgrammeId, request.ProgrammeVersion, request.HrOwnerId, instance.CreatedAt), cancellationToken);
            }
        }

        await _list.MarkFilledAsync(cancellationToken);
    }

    /// <summary>One cohort with a page of its ambassadors (<see cref="PageSize"/> after the employee
    /// <paramref name="after"/>, from the first when null), or null when there is no such cohort.</summary>
    public async Task<CohortDetail?> GetAsync(DurableTaskClient client, string cohortId, string? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var cohort = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: true, cancellationToken);
        if (cohort is null || !IsCohort(cohort))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var status = ReadStatus(cohort);
        var request = ReadRequest(cohort);
        var live = IsLive(cohort);
        var programme = request?.ProgrammeId is { } programmeId ? await _catalog.FindAsync(programmeId, request.ProgrammeVersion, cancellationToken) : null;
        // The at-risk list is the latest month of the cohort's figures, as the health page and the
        // monthly summary compute them (same rows, same rules, the version's budget and thresholds),
        // kept between changes: a page view does not read every ambassador again.
        var figures = await _reports.ReadAsync(cohortId, request, cancellationToken);

        // One page of ambassadors, each with its orchestration and its open requests: what a page
        // costs depends on the page, not on the cohort's size.
        var page = await _pages.GetCohortPageAsync(cohortId, after, PageSize + 1, cancellationToken);
        var more = page.Count > PageSize;
        var shown = page.Take(PageSize).ToList();
        // The cohort's own open requests and those of the journeys shown, in one read.
        var open = (live ? await _history.ListOpenOfInstancesAsync([cohortId, .. shown.Select(p => p.JourneyInstanceId)], now, cancellationToken) : [])
            .ToLookup(a => a.InstanceId, StringComparer.Ordinal);
        var journeys = new List<JourneyView>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in shown)
        {
            var employee = await _directory.GetEmployeeAsync(p.EmployeeId, cancellationToken);
            if (employee is not null)
            {
                names[employee.Id] = employee.DisplayName;
            }

            var instance = await client.GetInstanceAsync(p.JourneyInstanceId, getInputsAndOutputs: true, cancellationToken);
            // A journey Ops ended leaves its requests open in the store: they are no longer answerable.
            var waits = live && instance is not null && IsLive(instance)
                ? [.. open[p.JourneyInstanceId].Select(a => Wait(a, now))]
                : new List<WaitingView>();
            var training = p.Training is null ? null : new TrainingView(p.Training.AssignedModuleIds.Count, p.Training.CompletedModuleIds.Count, p.Training.DueBy, p.Training.Overdue);
            journeys.Add(new JourneyView(
                p.EmployeeId,
                employee?.DisplayName,
                employee?.Department,
                p.JourneyInstanceId,
                p.Step.ToString(),
                p.Since,
                p.Term,
                p.Outcome,
                instance?.RuntimeStatus.ToString(),
                instance?.FailureDetails?.ErrorMessage,
                waits,
                training,
                new AttendanceView(p.CheckIns.Count, p.CheckIns.Count(c => c.AttendedMeeting)),
                [.. p.CheckIns.Select(c => new FeedbackView(c.Month, c.AttendedMeeting, c.HoursSpent, c.Successes, c.Challenges, c.Asks, c.SubmittedAt))]));
        }

        var cohortOpen = open[cohortId];
        var cohortWaits = cohortOpen.Where(a => a.EventName != CohortEvents.Application).Select(a => Wait(a, now)).ToList();
        var people = People(live ? status?.WaitingOn : null)
            .Concat(request?.HrOwnerId is { } owner ? new[] { owner } : Enumerable.Empty<string>())
            .Concat(cohortWaits.Concat(journeys.SelectMany(j => j.WaitingOn)).Select(w => w.AssigneeId))
            .Concat(figures.AtRiskNow.Select(a => a.EmployeeId));
        foreach (var (id, name) in await NamesAsync(people.Where(id => !names.ContainsKey(id)), cancellationToken))
        {
            names[id] = name;
        }

        var atRisk = figures.AtRiskNow.Select(a => new AtRiskView(a.EmployeeId, names.GetValueOrDefault(a.EmployeeId), a.Reasons)).ToList();
        return new CohortDetail(
            cohortId,
            request?.ProgrammeId,
            request?.ProgrammeVersion,
            request?.HrOwnerId,
            cohort.RuntimeStatus.ToString(),
            StepOf(cohort, status),
            live ? status?.WaitingOn : null,
            status is null ? null : Utc(status.Since),
            cohort.CreatedAt,
            cohort.LastUpdatedAt,
            cohort.FailureDetails?.ErrorMessage,
            journeys,
            cohortWaits,
            cohortOpen.Count(a => a.EventName == CohortEvents.Application),
            atRisk)
        {
            Names = names,
            ProgrammeName = programme?.Name,
            TimeZone = programme?.Meetings.TimeZone,
            Ambassadors = (await _counts.CountByStepAsync(cohortId, cancellationToken)).Values.Sum(),
            After = after,
            Next = more ? journeys[^1].EmployeeId : null,
        };
    }

    /// <summary>The name of the programme version a cohort runs (each version read once per call), or null when it cannot be found.</summary>
    private async Task<LocalizedText?> ProgrammeNameAsync(string programmeId, int? version, Dictionary<(string, int?), LocalizedText?> known, CancellationToken cancellationToken)
    {
        var key = (programmeId, version);
        if (!known.TryGetValue(key, out var name))
        {
            name = known[key] = (await _catalog.FindAsync(programmeId, version, cancellationToken))?.Name;
        }

        return name;
    }

    /// <summary>The employee ids in a custom status's "waiting on" ("manager:E014,hr:E001"); none in "applicants".</summary>
    public static IEnumerable<string> People(string? waitingOn)
        => (waitingOn ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => part.Contains(':', StringComparison.Ordinal))
            .Select(part => part[(part.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    /// <summary>Display names of <paramref name="ids"/> (each looked up once); people the directory no longer knows are left out.</summary>
    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await _directory.GetEmployeeAsync(id, cancellationToken) is { } employee)
            {
                names[id] = employee.DisplayName;
            }
        }

        return names;
    }

    /// <summary>The oldest requests someone can still answer, at most <paramref name="limit"/>, for
    /// the overview: read a page at a time from the store's open requests not past their deadline, and
    /// kept where the orchestration and its cohort still run (one status read per instance, so it
    /// holds after Ops ended one through the host's API).</summary>
    public async Task<IReadOnlyList<PendingApproval>> OpenRequestsAsync(DurableTaskClient client, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = _time.GetUtcNow();
        var running = new Dictionary<string, bool>(StringComparer.Ordinal);
        var result = new List<PendingApproval>();
        PendingApproval? after = null;
        while (result.Count < limit)
        {
            var batch = await _history.ListOpenAsync(now, limit, after, cancellationToken);
            foreach (var approval in batch)
            {
                if (result.Count < limit
                    && await RunningAsync(client, approval.InstanceId, running, cancellationToken)
                    && await RunningAsync(client, CohortOf(approval.InstanceId), running, cancellationToken))
                {
                    result.Add(approval);
                }
            }

            if (batch.Count < limit)
            {
                break;
            }

            after = batch[^1];
        }

        return result;
    }

    private static async Task<bool> RunningAsync(DurableTaskClient client, string instanceId, Dictionary<string, bool> known, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(instanceId, out var running))
        {
            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
            running = known[instanceId] = instance is not null && IsLive(instance);
        }

        return running;
    }

    /// <summary>Requests someone can still answer: not past their deadline (application links, for
    /// one, are never closed: they simply expire with the posting).</summary>
    public static IReadOnlyList<PendingApproval> Answerable(IReadOnlyList<PendingApproval> pending, DateTimeOffset now)
        => [.. pending.Where(a => a.ExpiresAt > now)];

    /// <summary>Running, waiting to start or suspended: only then does its custom status say what it waits on.</summary>
    private static bool IsLive(OrchestrationMetadata instance)
        => instance.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;

    /// <summary>The step the orchestration last reported while it ran; once it has been terminated or
    /// has failed, that (Ops can terminate through the host's API, so no step of ours says so).</summary>
    private static string? StepOf(OrchestrationMetadata instance, WorkflowStatus? status)
        => instance.RuntimeStatus is OrchestrationRuntimeStatus.Terminated or OrchestrationRuntimeStatus.Failed
            ? instance.RuntimeStatus.ToString().ToLowerInvariant()
            : status?.Step;

    private static WaitingView Wait(PendingApproval a, DateTimeOffset now)
        => new(a.ApprovalId, a.Kind, a.AssigneeId, a.AssigneeEmail, a.CreatedAt, a.ExpiresAt, Math.Round((now - a.CreatedAt).TotalDays, 2));

    public static WorkflowStatus? ReadStatus(OrchestrationMetadata instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return instance.ReadCustomStatusAs<WorkflowStatus>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Cohorts are the instances of the cohort orchestrator (Durable's query has no name filter).</summary>
    public static bool IsCohort(OrchestrationMetadata instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Equals(instance.Name, CohortOrchestratorName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What HR asked for when starting the cohort (its input), or null when it cannot be read.</summary>
    public static CohortRequest? ReadRequest(OrchestrationMetadata instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return instance.ReadInputAs<CohortRequest>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
