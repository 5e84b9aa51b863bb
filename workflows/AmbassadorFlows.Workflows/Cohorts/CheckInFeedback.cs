using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>A month's check-in answers as written, for HR's monthly summary only: raw words stay with
/// HR. Meeting invites carry <see cref="ThemeAgenda"/> instead.</summary>
public static class CheckInFeedback
{
    /// <summary>Asks and challenges first, then the successes; the same lines in every language.</summary>
    public static LocalizedText Verbatim(IReadOnlyList<AmbassadorProgress> cohort, int month)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var checkIns = cohort.SelectMany(a => a.CheckIns).Where(c => c.Month == month && month > 0).ToList();
        var lines = new List<string>();
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Asks)).Select(c => "- ? " + c.Asks!.ReplaceLineEndings(" ")));
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Challenges)).Select(c => "- ! " + c.Challenges!.ReplaceLineEndings(" ")));
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Successes)).Select(c => "- + " + c.Successes!.ReplaceLineEndings(" ")));
        if (lines.Count > 0)
        {
            var text = string.Join("\n", lines);
            return new LocalizedText(Messaging.MessageTemplates.Languages.ToDictionary(l => l, _ => text));
        }

        return ThemeAgenda.NoFeedbackYet;
    }
}
