namespace AmbassadorFlows.Functions.Personal;

/// <summary>What the personal pages keep: each person's link version (rotated to revoke their
/// links, left as a tombstone when they are erased so old links stay dead) and the ideas and
/// situations ambassadors share with HR, per cohort. SQLite locally, Azure Tables in Azure.</summary>
public interface IPersonalPageStore
{
    /// <summary>The person's current link version: 1 until first rotated.</summary>
    Task<PersonalLinkState> GetLinkAsync(string employeeId, CancellationToken cancellationToken = default);

    /// <summary>Moves the person's link version on: every link issued before stops working.</summary>
    Task<int> RotateLinkAsync(string employeeId, CancellationToken cancellationToken = default);

    /// <summary>Keeps an idea once (idempotent on <see cref="CohortIdea.IdeaId"/>).</summary>
    Task AddIdeaAsync(CohortIdea idea, CancellationToken cancellationToken = default);

    /// <summary>A cohort's ideas, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CohortIdea>> ListIdeasAsync(string cohortId, int limit = 200, CancellationToken cancellationToken = default);
}

/// <summary>A person's link version; <see cref="Erased"/> once their data is erased (no link works again).</summary>
public sealed record PersonalLinkState(int Version, bool Erased);

/// <summary>An idea, or a situation an ambassador handled, for HR. <see cref="Kind"/> is <c>idea</c> or <c>situation</c>.</summary>
public sealed record CohortIdea(string CohortId, string IdeaId, string EmployeeId, string Kind, string Text, DateTimeOffset SubmittedAt)
{
    public const string Idea = "idea";
    public const string Situation = "situation";
}
