using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys.Activities;

public sealed class RecordTraining : TaskActivity<TrainingUpdate, bool>
{
    private readonly ICohortProgress _progress;

    public RecordTraining(ICohortProgress progress)
    {
        _progress = progress;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, TrainingUpdate input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await _progress.RecordTrainingAsync(input.CohortId, input.EmployeeId, input.Training, CancellationToken.None);
        return true;
    }
}

public sealed record TrainingUpdate(string CohortId, string EmployeeId, TrainingRecord Training);
