namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>Marks a request page rendered as a dry run's preview: the page layout shows the banner (in
/// HR's <see cref="Language"/>, whatever the page's) and disables every control, so nothing can be
/// sent from it. Cascaded by <see cref="DryRunPreviewHost"/>.</summary>
public sealed record DryRunPreviewMark(string Language, string Banner, string Explains, string Outcome, string BackPath, string BackLabel);
