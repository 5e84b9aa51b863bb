using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Durable;

/// <summary>Orchestrators and activities by name. Types are registered under their class name, so
/// callers write <c>nameof(MyActivity)</c>. Activities are created per call from the service
/// provider (constructor injection); orchestrators per turn, with no services, to keep them pure.</summary>
public sealed class DurableTaskRegistry
{
    private readonly Dictionary<string, Func<ITaskOrchestrator>> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IServiceProvider, ITaskActivity>> _activities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _orchestratorTypes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _activityTypes = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> OrchestratorNames => _orchestrators.Keys;

    public IReadOnlyCollection<string> ActivityNames => _activities.Keys;

    public DurableTaskRegistry AddOrchestrator<TOrchestrator>()
        where TOrchestrator : ITaskOrchestrator, new()
        => AddOrchestrator(typeof(TOrchestrator).Name, static () => new TOrchestrator(), typeof(TOrchestrator));

    public DurableTaskRegistry AddOrchestrator(TaskName name, Func<ITaskOrchestrator> factory, Type? type = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!_orchestrators.TryAdd(name.Name, factory))
        {
            throw new InvalidOperationException($"An orchestrator named '{name}' is already registered.");
        }

        _orchestratorTypes[name.Name] = type ?? typeof(ITaskOrchestrator);
        return this;
    }

    public DurableTaskRegistry AddActivity<TActivity>()
        where TActivity : class, ITaskActivity
        => AddActivity(typeof(TActivity).Name, static sp => ActivatorUtilities.CreateInstance<TActivity>(sp), typeof(TActivity));

    public DurableTaskRegistry AddActivity(TaskName name, Func<IServiceProvider, ITaskActivity> factory, Type? type = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!_activities.TryAdd(name.Name, factory))
        {
            throw new InvalidOperationException($"An activity named '{name}' is already registered.");
        }

        _activityTypes[name.Name] = type ?? typeof(ITaskActivity);
        return this;
    }

    public bool TryCreateOrchestrator(string name, out ITaskOrchestrator orchestrator)
    {
        if (_orchestrators.TryGetValue(name, out var factory))
        {
            orchestrator = factory();
            return true;
        }

        orchestrator = null!;
        return false;
    }

    public bool TryCreateActivity(string name, IServiceProvider services, out ITaskActivity activity)
    {
        if (_activities.TryGetValue(name, out var factory))
        {
            activity = factory(services);
            return true;
        }

        activity = null!;
        return false;
    }

    public bool HasOrchestrator(string name) => _orchestrators.ContainsKey(name);

    public bool HasActivity(string name) => _activities.ContainsKey(name);

    /// <summary>The registered implementation types; used to generate function.json files.</summary>
    public IReadOnlyDictionary<string, Type> OrchestratorTypes => _orchestratorTypes;

    public IReadOnlyDictionary<string, Type> ActivityTypes => _activityTypes;
}
