namespace AmbassadorFlows.Functions.Privacy;

/// <summary>When each person's data is due to go, on the read model: a journey's end sets its
/// <c>erase after</c> from the programme's retention (<c>CloseJourney</c>); erasure marks the person erased.</summary>
public interface IErasureSchedule
{
    /// <summary>People not yet erased all of whose journeys have ended and are past retention (one
    /// still running or still kept holds the person back: their data serves that journey).</summary>
    Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Every journey of the person, in any cohort.</summary>
    Task<IReadOnlyList<JourneyRecord>> ListJourneysAsync(string employeeId, CancellationToken cancellationToken);

    Task MarkErasedAsync(string employeeId, DateTimeOffset erasedAt, CancellationToken cancellationToken);
}

/// <summary>One journey as the erasure sees it.</summary>
public sealed record JourneyRecord(string CohortId, string EmployeeId, string JourneyInstanceId, string Step, DateTimeOffset? EraseAfter, DateTimeOffset? ErasedAt);
