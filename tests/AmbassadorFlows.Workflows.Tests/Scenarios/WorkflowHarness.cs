using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.Embedded;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Doubles;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>
/// The workflows on the embedded engine (in-memory SQLite) with a fake clock and the port doubles.
/// People act the way the app lets them: <see cref="AnswerAsync"/> records the decision in the
/// approval store and raises the approval's event, exactly as the approval page does.
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private WorkflowHarness(ProgrammeCatalog catalog)
    {
        Catalog = catalog;
        Clock = new FakeTimeProvider(T0);
        var links = new FakeApprovalLinks();
        var composer = new MessageComposer(MessageRenderer.Default);
        var services = new TestServices()
            .Add<IEmailSender>(Email)
            .Add<IDirectory>(Directory)
            .Add<IApprovalStore>(Approvals)
            .Add<IApprovalLinks>(links)
            .Add<ICohortProgress>(Progress)
            .Add<ICalendar>(Calendar)
            .Add<IProgrammeCatalog>(catalog)
            .Add<TimeProvider>(Clock)
            .Add(composer)
            .Add(new ApprovalMailer(Approvals, links, Email, composer));
        // A real SQLite file, as in local mode: scenarios exercise the same storage path users run.
        Engine = new EmbeddedDurableEngine(
            AmbassadorWorkflows.Register(new DurableTaskRegistry()),
            new EmbeddedEngineOptions { DatabasePath = Path.Combine(_folder.FullName, "durable.db") },
            services,
            Clock);
    }

    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("af-scenario-");

    public ProgrammeCatalog Catalog { get; }

    public FakeTimeProvider Clock { get; }

    public EmbeddedDurableEngine Engine { get; }

    public DurableTaskClient Client => Engine.Client;

    public RecordingEmailSender Email { get; } = new();

    public SampleDirectory Directory { get; } = new();

    public InMemoryApprovalStore Approvals { get; } = new();

    public InMemoryCohortProgress Progress { get; } = new();

    public RecordingCalendar Calendar { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static WorkflowHarness Create(ProgrammeCatalog? catalog = null) => new(catalog ?? ProgrammeCatalog.LoadEmbedded());

    public async Task<string> StartAsync(string orchestrator, object input, string instanceId)
    {
        await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));
        await Engine.RunUntilIdleAsync();
        return instanceId;
    }

    /// <summary>Moves the clock timer by timer (and then to <paramref name="until"/>), running everything due.</summary>
    public async Task DriveUntilAsync(DateTimeOffset until)
    {
        await Engine.RunUntilIdleAsync();
        while (await Engine.GetNextTimerAsync() is { } next && next <= until)
        {
            await Engine.AdvanceToNextTimerAsync(Clock.SetUtcNow);
        }

        if (until > Now)
        {
            Clock.SetUtcNow(until);
        }

        await Engine.RunUntilIdleAsync();
    }

    public Task DriveDaysAsync(double days) => DriveUntilAsync(Now.AddDays(days));

    /// <summary>Runs until no timer is left (everything finished or waits only on people).</summary>
    public async Task DriveToEndAsync()
    {
        await Engine.RunUntilIdleAsync();
        while (await Engine.AdvanceToNextTimerAsync(Clock.SetUtcNow))
        {
        }
    }

    public PendingApproval Pending(string approvalId)
        => Approvals.All.SingleOrDefault(a => a.ApprovalId == approvalId) ?? throw new InvalidOperationException(
            $"No approval '{approvalId}' at {Now:u}. Known: {string.Join(", ", Approvals.All.Select(a => a.ApprovalId))}. Instances: {Describe()}");

    private string Describe()
    {
        var instances = Client.GetAllInstancesAsync().ToBlockingEnumerable().ToList();
        var history = string.Join(",", instances.Take(1).SelectMany(i => Client.GetOrchestrationHistoryAsync(i.InstanceId).Result).Select(e => e.EventTypeCase + (e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TimerCreated ? e.TimerCreated.FireAt.ToString() : e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled ? e.TaskScheduled.Name : e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskFailed ? e.TaskFailed.FailureDetails.ErrorMessage : "")));
        return string.Join("; ", instances.Select(i => $"{i.InstanceId} {i.RuntimeStatus} {i.SerializedCustomStatus} {i.FailureDetails}")) + " history " + history;
    }

    /// <summary>A person answers through their link, as the approval page does it.</summary>
    public Task AnswerAsync(string approvalId, string decision, object? data = null)
        => AnswerWithDataAsync(approvalId, decision, JsonDataConverter.Default.Serialize(data));

    /// <summary>As <see cref="AnswerAsync"/>, with the form data exactly as given (it may be malformed).</summary>
    public async Task AnswerWithDataAsync(string approvalId, string decision, string? dataJson)
    {
        await DecideAsync(approvalId, decision, dataJson);
        await Engine.RunUntilIdleAsync();
    }

    /// <summary>Records the answer and raises its event, but runs nothing yet: whatever else is
    /// raised before the next run lands in the same orchestration turn.</summary>
    public async Task DecideAsync(string approvalId, string decision, string? dataJson = null)
    {
        var approval = Pending(approvalId);
        var outcome = await Approvals.TryDecideAsync(new ApprovalDecision(approvalId, decision, approval.AssigneeId, Now, DataJson: dataJson));
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
        await Engine.RunUntilIdleAsync();
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
    {
        var history = await Client.GetOrchestrationHistoryAsync(instanceId);
        return history.Count(e => e.EventTypeCase is HistoryEvent.EventTypeOneofCase.TaskScheduled
            or HistoryEvent.EventTypeOneofCase.TimerCreated
            or HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated
            or HistoryEvent.EventTypeOneofCase.EventSent
            or HistoryEvent.EventTypeOneofCase.ExecutionCompleted);
    }

    public IReadOnlyList<EmailMessage> EmailsTo(string employeeId, string? template = null)
        => [.. Email.To(Directory[employeeId].Email).Where(m => template is null || m.Template == template)];

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a scenario over clean-up.
        }
    }

    private sealed class TestServices : IServiceProvider
    {
        private readonly Dictionary<Type, object> _services = [];

        public TestServices Add<T>(T service)
            where T : notnull
        {
            _services[typeof(T)] = service;
            return this;
        }

        public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);
    }
}
