namespace AmbassadorFlows.Durable.Replay;

/// <summary>The outcome of one activity execution: JSON output, or a failure.</summary>
public sealed record ActivityResult(string? SerializedOutput, TaskFailureDetails? Failure)
{
    public bool IsSuccess => Failure is null;
}

/// <summary>Runs one activity by name: deserializes the input, calls it, serializes the output.
/// Every exception becomes a failure result, never an escape: a failing activity must turn into
/// TaskFailed in history, not a stuck instance. Shared by the embedded engine and the custom handler.</summary>
public sealed class ActivityRunner
{
    private readonly DurableTaskRegistry _registry;
    private readonly IServiceProvider _services;
    private readonly DataConverter _converter;

    public ActivityRunner(DurableTaskRegistry registry, IServiceProvider services, DataConverter? converter = null)
    {
        _registry = registry;
        _services = services;
        _converter = converter ?? JsonDataConverter.Default;
    }

    public async Task<ActivityResult> RunAsync(string name, string? serializedInput, string instanceId, int taskId, CancellationToken cancellationToken = default)
    {
        ITaskActivity activity;
        try
        {
            if (!_registry.TryCreateActivity(name, _services, out activity))
            {
                return new ActivityResult(null, new TaskFailureDetails(
                    "ActivityNotRegisteredException", $"No activity named '{name}' is registered.", IsNonRetriable: true));
            }
        }
        catch (Exception ex)
        {
            return new ActivityResult(null, TaskFailureDetails.FromException(ex));
        }

        object? input;
        try
        {
            input = _converter.Deserialize(serializedInput, activity.InputType);
        }
        catch (Exception ex)
        {
            return new ActivityResult(null, new TaskFailureDetails(
                "ActivityInputException", $"The input of activity '{name}' could not be read as {activity.InputType.Name}: {ex.Message}", IsNonRetriable: true));
        }

        try
        {
            var context = new TaskActivityContext(name, instanceId, taskId, cancellationToken);
            var output = await activity.RunAsync(context, input).ConfigureAwait(false);
            return new ActivityResult(_converter.Serialize(output), null);
        }
        catch (Exception ex)
        {
            return new ActivityResult(null, TaskFailureDetails.FromException(ex));
        }
    }
}
