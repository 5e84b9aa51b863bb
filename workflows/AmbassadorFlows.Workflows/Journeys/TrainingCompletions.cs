using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>
/// Completed training modules from both sources at once: <see cref="JourneyEvents.TrainingModuleCompleted"/>
/// (learning platform, ops) and the ambassador's "Done" links (<see cref="JourneyEvents.TrainingModuleDone"/>).
/// One wait per source stays open from the first <see cref="Next"/> until it takes a completion, across
/// loop turns and from training into the active term (one instance serves the whole journey), so
/// nothing arriving in between is lost, whatever the SDK does with cancelled waits. Both end with
/// <c>cancellationToken</c> (an exit). Orchestrator code: deterministic, no I/O.
/// </summary>
internal sealed class TrainingCompletions(TaskOrchestrationContext context, IReadOnlyDictionary<string, string> moduleByLinkId, CancellationToken cancellationToken)
{
    private Task<TrainingModuleCompleted>? _reported;
    private Task<HumanResponse>? _clicked;

    /// <summary>Completes when a completion is there to <see cref="TakeAsync"/>.</summary>
    public Task Next()
    {
        _reported ??= context.WaitForExternalEvent<TrainingModuleCompleted>(JourneyEvents.TrainingModuleCompleted, cancellationToken);
        _clicked ??= context.WaitForExternalEvent<HumanResponse>(JourneyEvents.TrainingModuleDone, cancellationToken);
        return Task.WhenAny(_reported, _clicked);
    }

    /// <summary>The completed module (null for an unknown id) and whether it came from its link.
    /// When both sources have one, the reported one goes first; which are there follows from the
    /// history's order, so a replay takes them the same way.</summary>
    public async Task<(string? ModuleId, bool ByLink)> TakeAsync()
    {
        if (_reported is { IsCompleted: true } reported)
        {
            _reported = null;
            return ((await reported).ModuleId, false);
        }

        var clicked = await (_clicked ?? throw new InvalidOperationException("Call Next and await it before TakeAsync."));
        _clicked = null;
        return (clicked.Is(Decisions.Done) ? moduleByLinkId.GetValueOrDefault(clicked.ApprovalId) : null, true);
    }
}
