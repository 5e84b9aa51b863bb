namespace AmbassadorFlows.Functions.Components.Health;

/// <summary>One month of a health table: its cells already formatted in the reader's language, each
/// named (data-column) for tests and scripts.</summary>
public sealed record HealthTableRow(int Month, IReadOnlyList<(string Column, string Value)> Cells);
