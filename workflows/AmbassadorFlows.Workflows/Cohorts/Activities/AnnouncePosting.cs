using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Sends the internal posting: to the audience, and a personal invitation to nominated
/// employees. Everyone gets their own apply link (a pending approval that raises
/// <see cref="CohortEvents.Application"/> on the cohort), valid until the deadline.</summary>
public sealed class AnnouncePosting : TaskActivity<PostingInput, int>
{
    private readonly IDirectory _directory;
    private readonly ApprovalMailer _mailer;
    private readonly TimeProvider _time;

    public AnnouncePosting(IDirectory directory, ApprovalMailer mailer, TimeProvider time)
    {
        _directory = directory;
        _mailer = mailer;
        _time = time;
    }

    public override async Task<int> RunAsync(TaskActivityContext context, PostingInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var recipients = new Dictionary<string, (Employee Employee, bool Nominated)>(StringComparer.OrdinalIgnoreCase);
        if (input.AudienceGroupId is not null)
        {
            foreach (var member in await _directory.GetGroupMembersAsync(input.AudienceGroupId, CancellationToken.None))
            {
                recipients[member.Id] = (member, false);
            }
        }

        foreach (var id in input.NominatedEmployeeIds)
        {
            var nominee = await _directory.GetEmployeeAsync(id, CancellationToken.None);
            if (nominee is not null)
            {
                recipients[nominee.Id] = (nominee, true);
            }
        }

        var model = PostingMessage.Model(input.Programme, input.Plan.ApplicationDeadline, input.Plan.TermStart);
        foreach (var (employee, nominated) in recipients.Values.OrderBy(r => r.Employee.Id, StringComparer.Ordinal))
        {
            var approval = new PendingApproval(
                $"{context.InstanceId}:apply:{employee.Id}", context.InstanceId, CohortEvents.Application, "application", employee.Id, employee.Email,
                [Decisions.Apply], _time.GetUtcNow(), new DateTimeOffset(DateTime.SpecifyKind(input.Plan.ApplicationDeadline, DateTimeKind.Utc)));
            var template = nominated ? MessageTemplates.PostingInvitation : MessageTemplates.PostingAnnouncement;
            await _mailer.SendAsync(approval, IdempotencyKeys.PerRecipient(input.IdempotencyKey, employee.Id), Person.From(employee), template, model, CancellationToken.None);
        }

        return recipients.Count;
    }
}

/// <summary>A null <see cref="AudienceGroupId"/> sends only the personal invitations; each
/// recipient's email is keyed <see cref="IdempotencyKey"/> + employee id.</summary>
public sealed record PostingInput(string CohortId, ProgrammeDefinition Programme, CohortPlan Plan, string? AudienceGroupId, IReadOnlyList<string> NominatedEmployeeIds)
{
    public required string IdempotencyKey { get; init; }
}
