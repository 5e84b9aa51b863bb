using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>The HR owner's monthly view: attendance, check-ins, hours, feedback themes and at-risk
/// ambassadors. The counts and the at-risk list are that month of <see cref="CohortFigures"/>, read
/// through the same port as HR's pages, so the email says what the health page says at that moment.</summary>
public sealed class SendHrMonthlySummary : TaskActivity<SummaryInput, MonthlySummary>
{
    private readonly ICohortFiguresSource _figures;
    private readonly IDirectory _directory;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;

    public SendHrMonthlySummary(ICohortFiguresSource figures, IDirectory directory, IEmailSender email, MessageComposer composer)
    {
        _figures = figures;
        _directory = directory;
        _email = email;
        _composer = composer;
    }

    public override async Task<MonthlySummary> RunAsync(TaskActivityContext context, SummaryInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var data = await _figures.ReadAsync(input.CohortId, CancellationToken.None);
        var figures = CohortFigures.Compute(data, input.Programme.TimeBudgetHoursPerMonth, input.Programme.AtRisk);
        var month = figures.Month(input.Month);
        // Stopwords of the programme's languages and of those who wrote: people may answer in their own language.
        var languages = new HashSet<string>(input.Programme.Languages, StringComparer.OrdinalIgnoreCase);
        foreach (var writer in data.Ambassadors.Where(a => a.CheckIns.Any(c => c.Month == input.Month)))
        {
            if (await _directory.GetEmployeeAsync(writer.EmployeeId, CancellationToken.None) is { } employee)
            {
                languages.Add(employee.PreferredLanguage);
            }
        }

        var themes = FeedbackThemes.Of(month.CheckIns, languages);
        var summary = new MonthlySummary(input.Month, month.Active, month.Attended, month.Answered, themes, month.AtRisk)
        {
            CheckInsRequested = month.Requested,
            HoursReported = month.HoursReported,
            HoursReports = month.HoursReports,
            StepDowns = month.StepDowns,
        };

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in month.AtRisk)
        {
            names[person.EmployeeId] = (await _directory.GetEmployeeAsync(person.EmployeeId, CancellationToken.None))?.DisplayName ?? person.EmployeeId;
        }

        var serving = data.Ambassadors.Where(a => a.TakesPartInMeetings).ToList();
        var model = new MessageModel()
            .With("programme", input.Programme.Name)
            .With("month", input.Month)
            .With("participants", summary.Participants)
            .With("attended", summary.Attended)
            .With("checkIns", summary.CheckIns)
            .With("asked", summary.CheckInsRequested)
            .With("hours", Hours(summary.HoursReported))
            .With("successThemes", FeedbackThemes.Describe(themes.Successes))
            .With("challengeThemes", FeedbackThemes.Describe(themes.Challenges))
            .With("askThemes", FeedbackThemes.Describe(themes.Asks))
            .With("feedback", CheckInFeedback.Verbatim(serving, input.Month))
            .With("atRisk", AtRiskLines(month.AtRisk, names));
        await _email.SendAsync(_composer.Compose(input.IdempotencyKey, input.Hr, MessageTemplates.HrMonthlySummary, model), CancellationToken.None);
        return summary;
    }

    /// <summary>Hours as each reader writes them ("2,5" in nl, fr, da).</summary>
    private static LocalizedText Hours(double hours)
        => new(ProgrammeValidator.SupportedLanguages.ToDictionary(l => l, l => hours.ToString("0.#", MessageRenderer.CultureFor(l)), StringComparer.OrdinalIgnoreCase));

    /// <summary>One line per flagged ambassador, the reasons in each language the email may be written in.</summary>
    private static LocalizedText AtRiskLines(IReadOnlyList<AtRiskAmbassador> atRisk, IReadOnlyDictionary<string, string> names)
    {
        var text = new LocalizedText();
        foreach (var language in ProgrammeValidator.SupportedLanguages)
        {
            text[language] = atRisk.Count == 0
                ? AtRiskText.For(language).Nobody
                : string.Join("\n", atRisk.Select(a => $"- {names[a.EmployeeId]}{AtRiskText.For(language).NameSeparator}{AtRiskText.Describe(a.Reasons, language)}"));
        }

        return text;
    }
}

public sealed record SummaryInput(string CohortId, ProgrammeDefinition Programme, int Month, Person Hr)
{
    public required string IdempotencyKey { get; init; }
}
