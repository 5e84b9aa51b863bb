using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys.Activities;

/// <summary>Emails the ambassador their open training modules, each with the course link and its
/// own "Done" link: a pending approval per module (deterministic id, so the reminder reuses the
/// assignment's links) whose answer raises <see cref="JourneyEvents.TrainingModuleDone"/>.</summary>
public sealed class SendTrainingLinks : TaskActivity<TrainingLinksInput, bool>
{
    public const string Kind = "training-module";

    private readonly IApprovalStore _approvals;
    private readonly IApprovalLinks _links;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;
    private readonly TimeProvider _time;

    public SendTrainingLinks(IApprovalStore approvals, IApprovalLinks links, IEmailSender email, MessageComposer composer, TimeProvider time)
    {
        _approvals = approvals;
        _links = links;
        _email = email;
        _composer = composer;
        _time = time;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, TrainingLinksInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var to = input.Ambassador;
        var culture = MessageRenderer.CultureFor(to.Language);
        var blocks = new List<string>();
        foreach (var module in input.Modules)
        {
            var title = module.Module.Title.In(to.Language);
            var approval = await _approvals.CreateAsync(
                new PendingApproval(module.ApprovalId, context.InstanceId, JourneyEvents.TrainingModuleDone, Kind, to.EmployeeId, to.Email,
                    [Decisions.Done], _time.GetUtcNow(), new DateTimeOffset(DateTime.SpecifyKind(input.ExpiresAt, DateTimeKind.Utc)))
                {
                    DetailsJson = WorkflowJson.Serialize(new TrainingModuleDetails(title, module.Module.Link, DateOnly.FromDateTime(module.DueBy))),
                },
                CancellationToken.None);
            blocks.Add(_composer.ComposeBlock(to, MessageTemplates.TrainingModule, new Dictionary<string, string>
            {
                ["title"] = title,
                ["dueDate"] = module.DueBy.ToString("d MMMM", culture),
                ["courseLink"] = module.Module.Link.AbsoluteUri,
                ["doneLink"] = _links.CreateLink(approval).AbsoluteUri,
            }));
        }

        var model = new MessageModel();
        foreach (var (key, value) in input.Model)
        {
            model[key] = value;
        }

        model.With("modules", string.Join("\n\n", blocks));
        await _email.SendAsync(await _composer.ComposeAsync(input.IdempotencyKey, to, input.Template, model, cancellationToken: CancellationToken.None), CancellationToken.None);
        return true;
    }
}

/// <summary>The modules still open, each with the id of its "Done" link and its due date.</summary>
public sealed record TrainingLinksInput(Person Ambassador, string Template, MessageModel Model, IReadOnlyList<TrainingModuleLink> Modules, DateTime ExpiresAt)
{
    public required string IdempotencyKey { get; init; }
}

public sealed record TrainingModuleLink(string ApprovalId, TrainingModule Module, DateTime DueBy);

/// <summary>What the "Done" page shows: the module, in the ambassador's language.</summary>
public sealed record TrainingModuleDetails(string Module, Uri Link, DateOnly DueBy);
