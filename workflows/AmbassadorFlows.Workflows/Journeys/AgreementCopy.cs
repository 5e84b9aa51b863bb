using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>
/// The ambassador's copy of what they accepted, for the welcome email (sent right after acceptance):
/// role, time, term, meetings, training, the right to step down, what happens to their data, and the
/// tasks. Rendered in the activity from the journey's agreement request, whose details name the exact
/// programme version (<see cref="ProgrammeDefinition.AgreementVersion"/>), so the orchestration and
/// its history stay as they are. Without that request or version the welcome goes out without the copy.
/// </summary>
public sealed class AgreementCopy(IApprovalStore approvals, IProgrammeCatalog catalog, MessageRenderer renderer)
{
    public const string Template = "agreement-copy";

    private static readonly Dictionary<AmbassadorRole, LocalizedText> Roles = new()
    {
        [AmbassadorRole.Internal] = new(new Dictionary<string, string> { ["en"] = "internal ambassador (inside the organisation)", ["nl"] = "interne ambassadeur (binnen de organisatie)", ["fr"] = "ambassadeur interne (au sein de l'organisation)", ["da"] = "intern ambassadør (i organisationen)" }),
        [AmbassadorRole.External] = new(new Dictionary<string, string> { ["en"] = "external ambassador (job fairs, social media)", ["nl"] = "externe ambassadeur (jobbeurzen, sociale media)", ["fr"] = "ambassadeur externe (salons de l'emploi, réseaux sociaux)", ["da"] = "ekstern ambassadør (jobmesser, sociale medier)" }),
        [AmbassadorRole.InternalAndExternal] = new(new Dictionary<string, string> { ["en"] = "internal and external ambassador", ["nl"] = "interne en externe ambassadeur", ["fr"] = "ambassadeur interne et externe", ["da"] = "intern og ekstern ambassadør" }),
    };

    /// <summary>The welcome's model with <c>agreement</c> added (empty when the agreement cannot be found).</summary>
    public async Task<MessageModel> AddToAsync(MessageModel model, string journeyInstanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var copy = new MessageModel();
        foreach (var (key, value) in model)
        {
            copy[key] = value;
        }

        var programme = await ProgrammeAsync(journeyInstanceId, cancellationToken);
        if (programme is null)
        {
            return copy.With("agreement", string.Empty);
        }

        var text = new LocalizedText();
        foreach (var language in programme.Languages.Where(l => renderer.Exists(Template, l)))
        {
            var culture = MessageRenderer.CultureFor(language);
            var values = new Dictionary<string, string>(model.Resolve(language), StringComparer.OrdinalIgnoreCase)
            {
                ["agreementVersion"] = programme.AgreementVersion,
                ["role"] = Roles[programme.Role].In(language),
                ["timeBudget"] = programme.TimeBudgetHoursPerMonth.ToString("0.#", culture),
                ["weekday"] = culture.DateTimeFormat.GetDayName(programme.Meetings.DayOfWeek),
                ["meetingTime"] = programme.Meetings.StartTime,
                ["meetingMinutes"] = programme.Meetings.DurationMinutes.ToString(CultureInfo.InvariantCulture),
                ["training"] = programme.Training.Count == 0 ? "–" : string.Join("; ", programme.Training.Select(m => m.Title.In(language))),
                ["retentionDays"] = programme.RetentionDaysAfterWithdrawal.ToString(CultureInfo.InvariantCulture),
                ["tasks"] = string.Join("\n", programme.TaskPlan.Select(t => "- " + t.In(language))),
            };
            var rendered = renderer.Render(Template, language, values);
            text[language] = rendered.Subject + "\n\n" + rendered.BodySource;
        }

        return copy.With("agreement", text);
    }

    /// <summary>The programme version the ambassador accepted, from the agreement request's details.</summary>
    private async Task<ProgrammeDefinition?> ProgrammeAsync(string journeyInstanceId, CancellationToken cancellationToken)
    {
        var agreement = await approvals.GetAsync(JourneyIds.Approval(journeyInstanceId, "agreement"), cancellationToken);
        if (agreement?.DetailsJson is not { } json)
        {
            return null;
        }

        AgreementDetails? details;
        try
        {
            details = WorkflowJson.Deserialize<AgreementDetails>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        var at = details?.AgreementVersion.LastIndexOf("@v", StringComparison.Ordinal) ?? -1;
        return at > 0 && int.TryParse(details!.AgreementVersion.AsSpan(at + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? await catalog.FindAsync(details.AgreementVersion[..at], version, cancellationToken)
            : null;
    }
}
