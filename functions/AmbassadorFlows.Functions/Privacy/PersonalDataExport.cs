using System.Text.Json;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>Everything held about one person (right of access): each store's records as it keeps
/// them, and each journey's orchestration with its input and output.</summary>
public sealed record PersonalDataExport(
    string EmployeeId,
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, object> Stores,
    IReadOnlyList<JourneyExport> Journeys);

public sealed record JourneyExport(string InstanceId, string Status, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt, JsonElement? Input, JsonElement? Output);
