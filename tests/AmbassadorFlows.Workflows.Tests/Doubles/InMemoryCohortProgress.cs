using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

public sealed class InMemoryCohortProgress : ICohortProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), AmbassadorProgress> _records = [];

    public AmbassadorProgress? Get(string cohortId, string employeeId)
    {
        lock (_gate)
        {
            return _records.GetValueOrDefault((cohortId, employeeId));
        }
    }

    public Task RecordStepAsync(AmbassadorStepChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        Update(change.CohortId, change.EmployeeId, change.JourneyInstanceId, r => r with
        {
            Step = change.Step,
            Since = change.At,
            Term = change.Term,
            Outcome = change.Outcome ?? r.Outcome,
            AgreementVersion = change.AgreementVersion ?? r.AgreementVersion,
        });
        return Task.CompletedTask;
    }

    public Task RecordCheckInAsync(string cohortId, string employeeId, CheckInRecord checkIn, CancellationToken cancellationToken = default)
    {
        Update(cohortId, employeeId, null, r => r with { CheckIns = [.. r.CheckIns.Where(c => c.Month != checkIn.Month), checkIn] });
        return Task.CompletedTask;
    }

    public Task RecordTrainingAsync(string cohortId, string employeeId, TrainingRecord training, CancellationToken cancellationToken = default)
    {
        Update(cohortId, employeeId, null, r => r with { Training = training });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AmbassadorProgress>> GetCohortAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AmbassadorProgress>>([.. _records.Values.Where(r => r.CohortId == cohortId)]);
        }
    }

    public Task ScheduleErasureAsync(string cohortId, string employeeId, DateTimeOffset eraseAfter, CancellationToken cancellationToken = default)
    {
        Update(cohortId, employeeId, null, r => r with { EraseAfter = eraseAfter });
        return Task.CompletedTask;
    }

    private void Update(string cohortId, string employeeId, string? journeyId, Func<AmbassadorProgress, AmbassadorProgress> change)
    {
        lock (_gate)
        {
            var current = _records.GetValueOrDefault((cohortId, employeeId))
                ?? new AmbassadorProgress(cohortId, employeeId, journeyId ?? string.Empty, AmbassadorStep.ManagerApproval, default, 1, null, null, null, [], null);
            _records[(cohortId, employeeId)] = change(current);
        }
    }
}
