using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>The HR owner's monthly view: attendance, feedback themes and at-risk ambassadors.</summary>
public sealed class SendHrMonthlySummary : TaskActivity<SummaryInput, MonthlySummary>
{
    private readonly ICohortProgress _progress;
    private readonly IDirectory _directory;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;

    public SendHrMonthlySummary(ICohortProgress progress, IDirectory directory, IEmailSender email, MessageComposer composer)
    {
        _progress = progress;
        _directory = directory;
        _email = email;
        _composer = composer;
    }

    public override async Task<MonthlySummary> RunAsync(TaskActivityContext context, SummaryInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cohort = await _progress.GetCohortAsync(input.CohortId, CancellationToken.None);
        var participants = cohort.Where(a => a.TakesPartInMeetings).ToList();
        var checkIns = participants.SelectMany(a => a.CheckIns).Where(c => c.Month == input.Month).ToList();
        var atRisk = participants
            .Select(a => new AtRiskAmbassador(a.EmployeeId, AtRiskRules.Assess(a, input.Month, input.Programme.TimeBudgetHoursPerMonth)))
            .Where(a => a.Reasons.Count > 0)
            .ToList();
        // Stopwords of the programme's languages and of those who wrote: people may answer in their own language.
        var languages = new HashSet<string>(input.Programme.Languages, StringComparer.OrdinalIgnoreCase);
        foreach (var writer in participants.Where(a => a.CheckIns.Any(c => c.Month == input.Month)))
        {
            if (await _directory.GetEmployeeAsync(writer.EmployeeId, CancellationToken.None) is { } employee)
            {
                languages.Add(employee.PreferredLanguage);
            }
        }

        var themes = FeedbackThemes.Of(checkIns, languages);
        var summary = new MonthlySummary(input.Month, participants.Count, checkIns.Count(c => c.AttendedMeeting), checkIns.Count, themes, atRisk);

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in atRisk)
        {
            names[person.EmployeeId] = (await _directory.GetEmployeeAsync(person.EmployeeId, CancellationToken.None))?.DisplayName ?? person.EmployeeId;
        }

        var model = new MessageModel()
            .With("programme", input.Programme.Name)
            .With("month", input.Month)
            .With("participants", summary.Participants)
            .With("attended", summary.Attended)
            .With("checkIns", summary.CheckIns)
            .With("successThemes", FeedbackThemes.Describe(themes.Successes))
            .With("challengeThemes", FeedbackThemes.Describe(themes.Challenges))
            .With("askThemes", FeedbackThemes.Describe(themes.Asks))
            .With("feedback", SendMeetingInvites.Agenda(participants, input.Month))
            .With("atRisk", atRisk.Count == 0 ? "-" : string.Join("\n", atRisk.Select(a => $"- {names[a.EmployeeId]}: {string.Join(", ", a.Reasons)}")));
        await _email.SendAsync(_composer.Compose(input.IdempotencyKey, input.Hr, MessageTemplates.HrMonthlySummary, model), CancellationToken.None);
        return summary;
    }
}

public sealed record SummaryInput(string CohortId, ProgrammeDefinition Programme, int Month, Person Hr)
{
    public required string IdempotencyKey { get; init; }
}
