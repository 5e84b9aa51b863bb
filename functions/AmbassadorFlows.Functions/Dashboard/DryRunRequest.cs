using System.Globalization;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>What to preview: a programme, the nominees who will apply, the HR owner, and how far
/// to play it.</summary>
public sealed record DryRunRequest(string ProgrammeId, int? ProgrammeVersion, IReadOnlyList<string> Nominees, string HrOwner, string Audience, int Months)
{
    public const int MaxMonths = 30;

    public const int MaxNominees = 50;

    /// <summary>Plays the programme's unpublished draft (form field <c>source=draft</c>) instead of a published version.</summary>
    public bool FromDraft { get; init; }

    /// <summary>Who answers late or never; by default everyone answers a day after being asked.</summary>
    public DryRunPaces Paces { get; init; } = DryRunPaces.Prompt;

    /// <summary>The request the form describes, or null and the reason, in <paramref name="text"/>'s language.</summary>
    public static DryRunRequest? From(IFormCollection form, DashboardText text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var programme = form["programmeId"].ToString().Trim();
        var version = int.TryParse(form["programmeVersion"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : (int?)null;
        var nominees = form["nominees"].ToString().Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var hr = form["hrOwner"].ToString().Trim();
        var audience = form["audience"].ToString().Trim();
        var months = int.TryParse(form["months"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 3;
        if (programme.Length == 0 || hr.Length == 0 || nominees.Count == 0)
        {
            error = text.DryRunIncomplete;
            return null;
        }

        if (nominees.Count > MaxNominees || months is < 1 or > MaxMonths)
        {
            error = text.Format(text.DryRunTooLarge, MaxNominees, MaxMonths);
            return null;
        }

        if (DryRunPaces.From(form) is not { } paces)
        {
            error = DryRunText.For(text.Language).PaceRefused;
            return null;
        }

        return new DryRunRequest(programme, version, nominees, hr, audience.Length == 0 ? "none" : audience, months)
        {
            FromDraft = string.Equals(form["source"], "draft", StringComparison.Ordinal),
            Paces = paces,
        };
    }
}
