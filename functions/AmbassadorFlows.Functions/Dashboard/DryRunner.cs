using System.Diagnostics;
using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// Plays a cohort on a compressed clock so HR sees every email before launching. A separate local
/// runtime (private in-memory SQLite, on a <see cref="ManualClock"/> the runner moves from timer to
/// timer) and a throwaway app database; the real app's state is never touched. People
/// answer a day after being asked, unless HR chose otherwise (<see cref="DryRunPaces"/>): late, a
/// day after the request's reminder, or never, so the escalation and the time-out follow. Nominees
/// apply, managers and HR approve, ambassadors accept, finish their training and send their monthly
/// check-ins, and step back at the term's end. <see cref="RunAndKeepAsync"/> keeps the result, with
/// what each request's page shows, under a random id for a day (<see cref="IDryRunStore"/>); the
/// emails' buttons link to those preview pages.
/// </summary>
public sealed class DryRunner
{
    public static readonly TimeSpan AnswerDelay = TimeSpan.FromDays(1);
    private static readonly TimeSpan WallClockLimit = TimeSpan.FromSeconds(90);
    private readonly IDirectory _directory;
    private readonly IProgrammeCatalog _catalog;
    private readonly IProgrammeStore _programmes;
    private readonly PublicUrls _urls;
    private readonly LocalModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly IDryRunStore _store;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public DryRunner(IDirectory directory, IProgrammeCatalog catalog, IProgrammeStore programmes, PublicUrls urls, LocalModeOptions options, TimeProvider time, ILoggerFactory loggers, IDryRunStore store)
    {
        _store = store;
        _directory = directory;
        _catalog = catalog;
        _programmes = programmes;
        _urls = urls;
        _options = options;
        _time = time;
        _loggers = loggers;
    }

    public async Task<DryRunResult> RunAsync(DryRunRequest request, CancellationToken cancellationToken)
        => (await PlayAsync(request, NewId(), cancellationToken)).Result;

    /// <summary>Plays <paramref name="request"/> and keeps the result and its pages for a day under a new random id.</summary>
    public async Task<DryRunRecord> RunAndKeepAsync(DryRunRequest request, CancellationToken cancellationToken)
    {
        var record = await PlayAsync(request, NewId(), cancellationToken);
        await _store.SaveAsync(record, _time.GetUtcNow(), CancellationToken.None);
        return record;
    }

    /// <summary>A random id: it is the only key to a kept result (which names people), so it cannot be guessed.</summary>
    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private async Task<DryRunRecord> PlayAsync(DryRunRequest request, string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _oneAtATime.WaitAsync(cancellationToken);
        var folder = _options.DataFile(Path.Combine("dry-runs", runId));
        try
        {
            return await PlayAsync(request, runId, folder, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the next start does not read it.
            }
        }
    }

    private async Task<DryRunRecord> PlayAsync(DryRunRequest request, string runId, string folder, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(WallClockLimit);
        var token = limit.Token;
        var start = _time.GetUtcNow();
        var clock = new ManualClock(start);
        var database = new AppDatabase(Path.Combine(folder, "dry-run.db"), pooling: false);
        var approvals = new SqliteApprovalStore(database);
        var outbox = new SqliteOutbox(database, clock);
        var progress = new SqliteCohortProgress(database);

        // A draft plays as the version it would be published as, from a catalogue of its own: the
        // real catalogue (and every real cohort) never sees it.
        var programme = request.FromDraft
            ? (await _programmes.GetDraftAsync(request.ProgrammeId, token))?.Programme
            : await _catalog.FindAsync(request.ProgrammeId, request.ProgrammeVersion, token);
        var catalog = request.FromDraft && programme is not null ? new ProgrammeCatalog().Add(programme) : _catalog;
        var links = new PreviewLinks(_urls, runId);
        await using var runtime = await LocalDurableRuntime.StartAsync(
            new LocalRuntimeOptions { DatabasePath = null, Versioning = OrchestrationVersioning.For(OrchestrationVersions.Current) },
            registry => AmbassadorWorkflows.Register(registry),
            services => services
                .AddSingleton<IApprovalStore>(approvals)
                .AddSingleton<IEmailSender>(outbox)
                .AddSingleton<ICohortProgress>(progress)
                .AddSingleton<ICohortFiguresSource>(new CohortFiguresSource(progress, approvals))
                .AddSingleton(_directory)
                .AddSingleton(catalog)
                .AddSingleton<IApprovalLinks>(links)
                .AddAmbassadorWorkflows(),
            clock,
            _loggers,
            token);
        var client = runtime.Client;
        var cohortId = $"dry-run-{request.ProgrammeId}";
        var answers = new List<DryRunAnswer>();
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var reminders = new DryRunReminders(outbox);
        var trained = new HashSet<string>(StringComparer.Ordinal);
        var end = start.AddMonths(request.Months);
        string? error = null;
        try
        {
            if (programme is null)
            {
                throw request.FromDraft
                    ? new InvalidOperationException($"Programme '{request.ProgrammeId}' has no draft to preview.")
                    : new ProgrammeNotFoundException(request.ProgrammeId, request.ProgrammeVersion);
            }

            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(CohortOrchestrator),
                new CohortRequest(cohortId, request.ProgrammeId, request.HrOwner, request.Audience, request.Nominees, programme.Version),
                new StartOrchestrationOptions(cohortId),
                token);
            for (var round = 0; round < 10_000; round++)
            {
                await runtime.RunUntilIdleAsync(token);
                var acted = await AnswerDueAsync(request, approvals, reminders, client, clock, handled, answers, token);
                acted |= await FinishTrainingAsync(cohortId, programme, progress, client, clock, trained, answers, token);
                if (acted)
                {
                    continue;
                }

                var cohort = await client.GetInstanceAsync(cohortId, cancellation: token);
                if (cohort is null || cohort.IsCompleted)
                {
                    break;
                }

                var timer = await runtime.GetNextTimerAsync(token);
                var answerDue = await NextAnswerDueAsync(request, await approvals.ListPendingAsync(null, token), reminders, handled, token);
                var wake = Earliest(timer, answerDue);
                if (wake is null || wake > end)
                {
                    break;
                }

                if (wake == timer)
                {
                    // The driver moves the clock and lets the runtime catch up with the timer.
                    await runtime.AdvanceToNextTimerAsync(clock.Set, token);
                }
                else
                {
                    clock.Set(wake.Value);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"Stopped after {WallClockLimit.TotalSeconds:0} s; showing what was sent until then.";
        }
        catch (Exception ex) when (ex is ProgrammeNotFoundException or InvalidOperationException or ArgumentException)
        {
            error = ex.Message;
        }

        var final = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: true, CancellationToken.None);
        var mails = await outbox.ListAsync(100_000, null, CancellationToken.None);
        var result = new DryRunResult(
            cohortId,
            start,
            clock.GetUtcNow(),
            final?.RuntimeStatus.ToString() ?? "not started",
            final is null ? null : Api.CohortReadModel.ReadStatus(final)?.Step,
            [.. mails.OrderBy(m => m.Id).Select(m => new DryRunEmail(m.CreatedAt, m.Message))],
            await NamedAsync(answers, CancellationToken.None),
            error ?? final?.FailureDetails?.ToString(),
            wall.Elapsed);
        var pages = await new DryRunPageCapture(_directory, catalog, approvals, _loggers).CaptureAsync(links.Requests, client, CancellationToken.None);
        var kept = _time.GetUtcNow();
        return new DryRunRecord(runId, kept, kept + DryRunRecord.KeptFor, request, result, programme, pages);
    }

    /// <summary>The answers with each person by name (they are recorded by employee id while playing).</summary>
    private async Task<IReadOnlyList<DryRunAnswer>> NamedAsync(List<DryRunAnswer> answers, CancellationToken token)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in answers.Select(a => a.Person).Distinct(StringComparer.Ordinal))
        {
            names[id] = (await _directory.GetEmployeeAsync(id, token))?.DisplayName ?? id;
        }

        return [.. answers.Select(a => a with { Person = names[a.Person] })];
    }

    /// <summary>Answers every request whose answer is due at its person's pace, as they would.</summary>
    private static async Task<bool> AnswerDueAsync(DryRunRequest request, SqliteApprovalStore approvals, DryRunReminders reminders, DurableTaskClient client, ManualClock clock, HashSet<string> handled, List<DryRunAnswer> answers, CancellationToken token)
    {
        var acted = false;
        foreach (var approval in await approvals.ListPendingAsync(null, token))
        {
            if (handled.Contains(approval.ApprovalId) || await DueAtAsync(request, approval, reminders, token) is not { } due || clock.GetUtcNow() < due)
            {
                continue;
            }

            handled.Add(approval.ApprovalId);
            if (Choose(approval, request) is not { } decision)
            {
                continue;
            }

            // Form data as the page writes it: camelCase web JSON.
            var data = approval.EventName == JourneyEvents.MonthlyCheckIn
                ? WorkflowJson.Serialize(new CheckInForm(true, 3, "(dry run) a good conversation in my team", "(dry run) finding time", "(dry run) slides for the next meeting"))
                : null;
            var outcome = await approvals.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, decision, approval.AssigneeEmail, clock.GetUtcNow(), null, data), token);
            await client.RaiseEventAsync(approval.InstanceId, approval.EventName, HumanResponse.From(approval, outcome.Decision), token);
            answers.Add(new DryRunAnswer(clock.GetUtcNow(), approval.AssigneeId, approval.Kind, decision));
            acted = true;
        }

        return acted;
    }

    private static string? Choose(PendingApproval approval, DryRunRequest request)
    {
        if (approval.EventName == CohortEvents.Application)
        {
            return request.Nominees.Contains(approval.AssigneeId, StringComparer.OrdinalIgnoreCase) ? Decisions.Apply : null;
        }

        // Step down is always offered but never chosen: the preview follows the whole journey.
        string[] preference = [Decisions.Approve, Decisions.Accept, Decisions.Submit, Decisions.StepBack];
        return preference.FirstOrDefault(p => approval.Options.Contains(p, StringComparer.Ordinal));
    }

    private static async Task<bool> FinishTrainingAsync(string cohortId, ProgrammeDefinition programme, SqliteCohortProgress progress, DurableTaskClient client, ManualClock clock, HashSet<string> trained, List<DryRunAnswer> answers, CancellationToken token)
    {
        var acted = false;
        foreach (var ambassador in await progress.GetCohortAsync(cohortId, token))
        {
            if (ambassador.Step != AmbassadorStep.Training || clock.GetUtcNow() - ambassador.Since < AnswerDelay || !trained.Add(ambassador.JourneyInstanceId))
            {
                continue;
            }

            foreach (var module in programme.Training)
            {
                await client.RaiseEventAsync(ambassador.JourneyInstanceId, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module.Id, clock.GetUtcNow()), token);
            }

            answers.Add(new DryRunAnswer(clock.GetUtcNow(), ambassador.EmployeeId, null, null));
            acted = true;
        }

        return acted;
    }

    private static async Task<DateTimeOffset?> NextAnswerDueAsync(DryRunRequest request, IReadOnlyList<PendingApproval> pending, DryRunReminders reminders, HashSet<string> handled, CancellationToken token)
    {
        DateTimeOffset? next = null;
        foreach (var approval in pending.Where(a => !handled.Contains(a.ApprovalId)))
        {
            if (await DueAtAsync(request, approval, reminders, token) is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }

    /// <summary>When the person answers <paramref name="approval"/>: a day after being asked; late, a
    /// day after its reminder (null until the reminder has gone out); never, null.</summary>
    private static async Task<DateTimeOffset?> DueAtAsync(DryRunRequest request, PendingApproval approval, DryRunReminders reminders, CancellationToken token)
        => request.Paces.For(approval) switch
        {
            DryRunPace.Never => null,
            DryRunPace.Late => await reminders.SentAtAsync(approval.ApprovalId, token) + AnswerDelay,
            _ => approval.CreatedAt + AnswerDelay,
        };

    private static DateTimeOffset? Earliest(DateTimeOffset? timer, DateTimeOffset? answerDue) => (timer, answerDue) switch
    {
        (null, var a) => a,
        (var t, null) => t,
        var (t, a) => t <= a ? t : a,
    };

    /// <summary>Links in previewed emails open the request's preview page under the run's id; the
    /// requests linked to are remembered, to capture their pages at the end.</summary>
    private sealed class PreviewLinks(PublicUrls urls, string runId) : IApprovalLinks
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _requests = new(StringComparer.Ordinal);

        public IReadOnlyList<string> Requests => [.. _requests.Keys.Order(StringComparer.Ordinal)];

        public Uri CreateLink(PendingApproval approval)
        {
            ArgumentNullException.ThrowIfNull(approval);
            _requests.TryAdd(approval.ApprovalId, 0);
            return urls.Absolute(DryRunRecord.PagePath(runId, approval.ApprovalId));
        }
    }
}
