namespace AmbassadorFlows.Functions.Components.Health;

/// <summary>One entry of a chart's legend: a filled square, or a dashed line for a reference line.</summary>
public sealed record ChartLegendItem(string Label, string Colour, bool Dashed = false);
