namespace AmbassadorFlows.Functions.Components.Ops;

/// <summary>An orchestration that needs someone, with why and since when.</summary>
/// <param name="AwaitedEvents">For a stuck one, the events its overdue requests wait for.</param>
public sealed record RepairRow(string InstanceId, string Name, DateTimeOffset Since, string Reason, IReadOnlyList<string> AwaitedEvents);

/// <summary>The failed and stuck list: failed instances, and pending, running or suspended ones that
/// wait on requests far past their deadline or are suspended.</summary>
/// <param name="Purged">An instance just purged from its page, for the notice.</param>
public sealed record RepairsModel(IReadOnlyList<RepairRow> Failed, IReadOnlyList<RepairRow> Stuck, string? Purged = null);
