using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Doubles;
using AmbassadorFlows.Workflows.Versioning;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>
/// The workflows on the local runtime — the official SDK's shims on DTFx, over our SQLite backend
/// in a file, as in local mode — with a fake clock and the port doubles. People act the way the
/// app lets them: <see cref="AnswerAsync"/> records the decision in the approval store and raises
/// the approval's event, exactly as the approval page does.
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _folder;

    private WorkflowHarness(ProgrammeCatalog catalog, DirectoryInfo folder, SampleDirectory directory)
    {
        Catalog = catalog;
        _folder = folder;
        Directory = directory;
        _time = Clock;
        Email.Clock = Clock;
    }

    public ProgrammeCatalog Catalog { get; }

    public FakeTimeProvider Clock { get; } = new(T0);

    /// <summary>The clock the runtime and activities use: <see cref="Clock"/>, or real time on Azure Storage.</summary>
    private TimeProvider _time;

    public LocalDurableRuntime Runtime { get; private set; } = null!;

    public DurableTaskClient Client => Runtime.Client;

    public RecordingEmailSender Email { get; } = new();

    public SampleDirectory Directory { get; }

    public InMemoryApprovalStore Approvals { get; } = new();

    public InMemoryCohortProgress Progress { get; } = new();

    public RecordingCalendar Calendar { get; } = new();

    public DateTimeOffset Now => _time.GetUtcNow();

    public static Task<WorkflowHarness> CreateAsync(ProgrammeCatalog? catalog = null, SampleDirectory? directory = null)
        => CreateAsync(catalog, directory, azureStorage: null);

    /// <summary>On DTFx's Azure Storage provider (a task hub on Azurite) instead of SQLite: real time,
    /// so nothing can be driven; the test waits for what it expects instead.</summary>
    public static Task<WorkflowHarness> CreateOnAzureStorageAsync(string connectionString, string taskHub)
        => CreateAsync(null, null, (connectionString, taskHub));

    private static async Task<WorkflowHarness> CreateAsync(ProgrammeCatalog? catalog, SampleDirectory? directory, (string ConnectionString, string TaskHub)? azureStorage)
    {
        // A real SQLite file, as in local mode: scenarios exercise the same storage path users run.
        var h = new WorkflowHarness(catalog ?? ProgrammeCatalog.LoadEmbedded(), System.IO.Directory.CreateTempSubdirectory("af-scenario-"), directory ?? new SampleDirectory());
        var options = new LocalRuntimeOptions { Versioning = OrchestrationVersioning.For(OrchestrationVersions.Current) }; // as the app runs
        if (azureStorage is { } azure)
        {
            (options.Backend, options.AzureStorageConnectionString, options.TaskHubName) = (LocalBackend.AzureStorage, azure.ConnectionString, azure.TaskHub);
            h._time = TimeProvider.System;
            h.Email.Clock = h._time;
        }
        else
        {
            options.DatabasePath = Path.Combine(h._folder.FullName, "durable.db");
        }

        try
        {
            h.Runtime = await LocalDurableRuntime.StartAsync(options, registry => AmbassadorWorkflows.Register(registry), h.AddPorts, h._time);
            return h;
        }
        catch
        {
            await h.DisposeAsync();
            throw;
        }
    }

    /// <summary>The doubles as the host's ports; the rest as the app wires it (<see cref="AmbassadorWorkflows.AddAmbassadorWorkflows"/>).</summary>
    private void AddPorts(IServiceCollection services)
    {
        services.AddSingleton(_time);
        services.AddSingleton<IEmailSender>(Email);
        services.AddSingleton<IDirectory>(Directory);
        services.AddSingleton<IApprovalStore>(Approvals);
        services.AddSingleton<IApprovalLinks>(new FakeApprovalLinks());
        services.AddSingleton<ICohortProgress>(Progress);
        services.AddSingleton<ICohortFiguresSource>(new InMemoryFiguresSource(Progress, Approvals));
        services.AddSingleton<ICalendar>(Calendar);
        services.AddSingleton<IProgrammeCatalog>(Catalog);
        services.AddAmbassadorWorkflows();
    }

    public async Task<string> StartAsync(string orchestrator, object input, string instanceId)
    {
        await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));
        await Runtime.RunUntilIdleAsync();
        return instanceId;
    }

    /// <summary>Moves the clock timer by timer (and then to <paramref name="until"/>), running everything due.</summary>
    public async Task DriveUntilAsync(DateTimeOffset until)
    {
        await Runtime.RunUntilIdleAsync();
        while (await Runtime.GetNextTimerAsync() is { } next && next <= until)
        {
            await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow);
        }

        if (until > Now)
        {
            Clock.SetUtcNow(until);
        }

        await Runtime.RunUntilIdleAsync();
    }

    public Task DriveDaysAsync(double days) => DriveUntilAsync(Now.AddDays(days));

    /// <summary>Runs until no timer is left (everything finished or waits only on people).</summary>
    public async Task DriveToEndAsync()
    {
        await Runtime.RunUntilIdleAsync();
        while (await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow))
        {
        }
    }

    /// <summary>Waits (real time, Azure Storage) until <paramref name="condition"/> holds: a generous
    /// limit, never an assertion on time.</summary>
    public async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (!await condition())
        {
            try
            {
                await Task.Delay(50, limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Still waiting for {what} after two minutes. Known: {string.Join(", ", Approvals.All.Select(a => a.ApprovalId))}");
            }
        }
    }

    public Task WaitForPendingAsync(string approvalId)
        => WaitForAsync(() => Task.FromResult(Approvals.All.Any(a => a.ApprovalId == approvalId && a.Decision is null && a.ClosedReason is null)), $"'{approvalId}' to be asked");

    public PendingApproval Pending(string approvalId)
        => Approvals.All.SingleOrDefault(a => a.ApprovalId == approvalId) ?? throw new InvalidOperationException(
            $"No approval '{approvalId}' at {Now:u}. Known: {string.Join(", ", Approvals.All.Select(a => a.ApprovalId))}. Instances: {Describe()}");

    /// <summary>For failure messages: every instance, and the first one's history.</summary>
    private string Describe()
    {
        var instances = Client.GetAllInstancesAsync().ToBlockingEnumerable().ToList();
        var history = instances.Count == 0 ? [] : Client.GetOrchestrationHistoryAsync(instances[0].InstanceId).GetAwaiter().GetResult();
        var events = string.Join(",", history.Select(e => e switch
        {
            TimerCreatedEvent timer => $"{e.EventType} {timer.FireAt:u}",
            TaskScheduledEvent task => $"{e.EventType} {task.Name}",
            TaskFailedEvent failed => $"{e.EventType} {failed.FailureDetails?.ErrorMessage ?? failed.Reason}",
            _ => e.EventType.ToString(),
        }));
        return string.Join("; ", instances.Select(i => $"{i.InstanceId} {i.RuntimeStatus} {i.SerializedCustomStatus} {i.FailureDetails}")) + " history " + events;
    }

    /// <summary>A person answers through their link, as the approval page does it (form data as the page writes it).</summary>
    public Task AnswerAsync(string approvalId, string decision, object? data = null)
        => AnswerWithDataAsync(approvalId, decision, data is null ? null : WorkflowJson.Serialize(data));

    /// <summary>As <see cref="AnswerAsync"/>, with the form data exactly as given (it may be malformed).</summary>
    public async Task AnswerWithDataAsync(string approvalId, string decision, string? dataJson)
    {
        await DecideAsync(approvalId, decision, dataJson);
        await Runtime.RunUntilIdleAsync();
    }

    /// <summary>Whatever <paramref name="raise"/> raises on <paramref name="instanceId"/> lands in one
    /// orchestration turn. The worker runs all the time, so raising events one after the other does
    /// not guarantee that; a suspended instance keeps what arrives and takes it all in when resumed.</summary>
    public async Task InOneTurnAsync(string instanceId, Func<Task> raise)
    {
        ArgumentNullException.ThrowIfNull(raise);
        await Client.SuspendInstanceAsync(instanceId, "test: events in one turn");
        await raise();
        await Client.ResumeInstanceAsync(instanceId, "test: events in one turn");
        await Runtime.RunUntilIdleAsync();
    }

    /// <summary>As <see cref="AnswerAsync"/>, with the free comment the page's comment field sends.</summary>
    public async Task AnswerWithCommentAsync(string approvalId, string decision, string comment)
    {
        await DecideAsync(approvalId, decision, comment: comment);
        await Runtime.RunUntilIdleAsync();
    }

    /// <summary>Records the answer and raises its event, without waiting for the instance to take it in.</summary>
    public async Task DecideAsync(string approvalId, string decision, string? dataJson = null, string? comment = null)
    {
        var approval = Pending(approvalId);
        var outcome = await Approvals.TryDecideAsync(new ApprovalDecision(approvalId, decision, approval.AssigneeId, Now, Comment: comment, DataJson: dataJson));
        if (outcome.RecordedNow)
        {
            await Client.RaiseEventAsync(approval.InstanceId, approval.EventName, HumanResponse.From(approval, outcome.Decision));
        }
    }

    /// <summary>The event of an answer already recorded, raised once more, as a retried request or
    /// an at-least-once delivery does: the orchestration itself must ignore it.</summary>
    public async Task RaiseAnswerAgainAsync(string approvalId)
    {
        var approval = Pending(approvalId);
        var decision = approval.Decision ?? throw new InvalidOperationException($"{approvalId} has no answer to raise again.");
        await RaiseAsync(approval.InstanceId, approval.EventName, HumanResponse.From(approval, decision));
    }

    public async Task RaiseAsync(string instanceId, string eventName, object payload)
    {
        await Client.RaiseEventAsync(instanceId, eventName, payload);
        await Runtime.RunUntilIdleAsync();
    }

    public async Task<OrchestrationMetadata> GetAsync(string instanceId)
        => await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true) ?? throw new InvalidOperationException($"{instanceId} not found");

    public async Task<WorkflowStatus?> StatusAsync(string instanceId) => (await GetAsync(instanceId)).ReadCustomStatusAs<WorkflowStatus>();

    public async Task<T> OutputAsync<T>(string instanceId)
    {
        var instance = await GetAsync(instanceId);
        Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instanceId} is {instance.RuntimeStatus}: {instance.FailureDetails}");
        return instance.ReadOutputAs<T>()!;
    }

    /// <summary>Durable actions in the history: scheduled tasks, timers, sub-orchestrations, sent events and the completion.</summary>
    public async Task<int> CountActionsAsync(string instanceId)
        => (await Client.GetOrchestrationHistoryAsync(instanceId)).Count(e => e is TaskScheduledEvent
            or TimerCreatedEvent
            or SubOrchestrationInstanceCreatedEvent
            or EventSentEvent
            or ExecutionCompletedEvent);

    /// <summary>Every payload in an instance's history and its input, output and status, as one text to search.</summary>
    public async Task<string> HistoryTextAsync(string instanceId)
    {
        var texts = (await Client.GetOrchestrationHistoryAsync(instanceId)).Select(e => e switch
        {
            ExecutionStartedEvent started => started.Input,
            ExecutionCompletedEvent completed => completed.Result,
            TaskScheduledEvent scheduled => scheduled.Input,
            TaskCompletedEvent done => done.Result,
            TaskFailedEvent failed => failed.FailureDetails?.ErrorMessage,
            SubOrchestrationInstanceCreatedEvent created => created.Input,
            SubOrchestrationInstanceCompletedEvent subDone => subDone.Result,
            EventRaisedEvent raised => raised.Input,
            EventSentEvent sent => sent.Input,
            _ => null,
        }).ToList();
        var instance = await GetAsync(instanceId);
        texts.AddRange([instance.SerializedInput, instance.SerializedOutput, instance.SerializedCustomStatus]);
        return string.Join("\n", texts.Where(t => t is not null));
    }

    /// <summary>The timers in the history (each a durable action); long waits are chained in timers of
    /// at most <see cref="LocalRuntimeOptions.MaximumTimerInterval"/>.</summary>
    public async Task<int> CountTimersAsync(string instanceId)
        => (await Client.GetOrchestrationHistoryAsync(instanceId)).Count(e => e is TimerCreatedEvent);

    public IReadOnlyList<EmailMessage> EmailsTo(string employeeId, string? template = null)
        => [.. Email.To(Directory[employeeId].Email).Where(m => template is null || m.Template == template)];

    public async ValueTask DisposeAsync()
    {
        if (Runtime is not null)
        {
            await Runtime.DisposeAsync();
        }

        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a scenario over clean-up.
        }
    }
}
