namespace AmbassadorFlows.Durable;

/// <summary>A filter over instances. Custom-status filters are ours: Durable lacks them, and ops
/// need "who waits on whom" without a separate read model.</summary>
public sealed record OrchestrationQuery
{
    public const int DefaultPageSize = 100;

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }

    public string? InstanceIdPrefix { get; init; }

    public string? Name { get; init; }

    /// <summary>Substring of the serialized custom status (ordinal, case-insensitive).</summary>
    public string? CustomStatusContains { get; init; }

    /// <summary>Exact serialized custom status.</summary>
    public string? CustomStatusEquals { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    public string? ContinuationToken { get; init; }

    public bool FetchInputsAndOutputs { get; init; }
}

/// <summary>One page of a query; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record OrchestrationQueryResult(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);

public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null, string? Version = null);

public sealed record TerminateInstanceOptions(object? Output = null, bool Recursive = false);

public sealed record PurgeInstancesFilter(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null);

public sealed record PurgeResult(int PurgedInstanceCount);
