namespace AmbassadorFlows.Functions.Privacy;

/// <summary>What one erasure did: the journeys whose histories were purged and how many records each store changed.</summary>
public sealed record ErasureReport(string EmployeeId, DateTimeOffset ErasedAt, IReadOnlyList<string> JourneysPurged, IReadOnlyDictionary<string, int> RecordsChanged);
