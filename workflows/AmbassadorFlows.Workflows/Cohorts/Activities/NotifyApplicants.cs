using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Tells every applicant how it went: the selected that their manager is asked next,
/// the others a thank-you (they may apply again next time).</summary>
public sealed class NotifyApplicants : TaskActivity<ApplicantsOutcome, int>
{
    private readonly IDirectory _directory;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;

    public NotifyApplicants(IDirectory directory, IEmailSender email, MessageComposer composer)
    {
        _directory = directory;
        _email = email;
        _composer = composer;
    }

    public override async Task<int> RunAsync(TaskActivityContext context, ApplicantsOutcome input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var sent = 0;
        var model = new MessageModel().With("programme", input.Programme.Name).With("termMonths", input.Programme.TermMonths);
        foreach (var (ids, template) in new[] { (input.Selected, MessageTemplates.ApplicationSelected), (input.NotSelected, MessageTemplates.ApplicationNotSelected) })
        {
            foreach (var id in ids)
            {
                var employee = await _directory.GetEmployeeAsync(id, CancellationToken.None);
                if (employee is null)
                {
                    continue;
                }

                await _email.SendAsync(await _composer.ComposeAsync(IdempotencyKeys.PerRecipient(input.IdempotencyKey, id), Person.From(employee), template, model, cancellationToken: CancellationToken.None), CancellationToken.None);
                sent++;
            }
        }

        return sent;
    }
}

/// <summary>Each applicant's email is keyed <see cref="IdempotencyKey"/> + employee id.</summary>
public sealed record ApplicantsOutcome(string CohortId, ProgrammeDefinition Programme, IReadOnlyList<string> Selected, IReadOnlyList<string> NotSelected)
{
    public required string IdempotencyKey { get; init; }
}
