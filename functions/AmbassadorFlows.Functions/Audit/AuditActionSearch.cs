using System.Globalization;
using AmbassadorFlows.Functions.Dashboard;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>
/// The audit filter's "what": the text HR typed against each action as HR reads it
/// (<see cref="WorkflowLabels.Action"/> in the reader's language, filled-in parts included: "overgedragen",
/// "answered", "étape"), case- and accent-insensitive, any part of a word. The stored id matches too, as
/// the CSV shows it. A trail holds few distinct actions, so each is decided once per filter
/// (typed text → the action ids it finds), then entries are kept by id.
/// </summary>
public sealed class AuditActionSearch(string typed, string language)
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
    private readonly Dictionary<string, bool> _found = new(StringComparer.Ordinal);
    private readonly CompareInfo _compare = Components.PageDates.CultureFor(language).CompareInfo;

    /// <summary>Whether the stored action <paramref name="action"/> is one HR's text finds.</summary>
    public bool Finds(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!_found.TryGetValue(action, out var found))
        {
            found = _found[action] = _compare.IndexOf(WorkflowLabels.Action(action, language), typed, Loose) >= 0
                || action.Contains(typed, StringComparison.OrdinalIgnoreCase);
        }

        return found;
    }
}
