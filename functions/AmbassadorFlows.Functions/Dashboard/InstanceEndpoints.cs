using System.Globalization;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Components.Ops;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using DurableTask.Core.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// Ops' pages: one orchestration with its repairs (raise an event, terminate, suspend, resume, purge:
/// each a form with a confirmation, going through <see cref="InstanceOperations"/> like the management
/// API and audited under the signed-in caller, no management key), and the list of failed and stuck
/// instances. Shared handlers: local mode maps them here, Azure wraps them (Azure/DashboardFunctions.cs).
/// </summary>
public static class InstanceEndpoints
{
    public const string ListPath = "/instances";

    /// <summary>How long past its deadline an open request makes its instance stuck: the journey's own
    /// time-out ends the wait at the deadline, so a day later something did not run.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromDays(1);

    /// <summary>How many instances each section of the list shows.</summary>
    private const int ListLimit = 200;

    public static IEndpointRouteBuilder MapInstancePages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pages = endpoints.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet(ListPath, ListAsync);
        pages.MapGet("/instances/{instanceId}", PageAsync);
        pages.MapPost("/instances/{instanceId}/{action}", ActAsync).DisableAntiforgery();
        return endpoints;
    }

    public static string PagePath(string instanceId) => $"{ListPath}/{Uri.EscapeDataString(instanceId)}";

    public static string ActionPath(string instanceId, string action) => $"{PagePath(instanceId)}/{action}";

    /// <summary><c>GET /instances[?purged=]</c>: failed instances, and stuck ones (suspended, or waiting on requests far past their deadline).</summary>
    [RequireRoles(AppRoles.HR, AppRoles.Ops)]
    public static async Task<IResult> ListAsync(string? purged, HttpContext context, DurableTaskClient client, IApprovalStore approvals, PageRenderer renderer, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        var text = DashboardText.For(context);
        var ops = OpsText.For(text.Language);
        var now = time.GetUtcNow();

        var failed = (await InstanceQueries.FirstPageAsync(client, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed], PageSize = ListLimit }, null, cancellationToken)).Values
            .Select(i => new RepairRow(i.InstanceId, i.Name, i.LastUpdatedAt, i.FailureDetails is { } f ? Shorten($"{f.ErrorType}: {f.ErrorMessage}", 400) : string.Empty, []))
            .ToList();

        // Overdue requests by instance, then each instance asked once whether it still runs.
        var stuck = new List<RepairRow>();
        var overdue = (await approvals.ListPendingAsync(null, cancellationToken))
            .Where(a => a.Decision is null && a.ClosedReason is null && a.ExpiresAt + StuckAfter < now)
            .GroupBy(a => a.InstanceId, StringComparer.Ordinal)
            .Take(ListLimit);
        foreach (var requests in overdue)
        {
            if (await client.GetInstanceAsync(requests.Key, getInputsAndOutputs: false, cancellationToken) is { IsCompleted: false } instance)
            {
                var deadline = requests.Min(a => a.ExpiresAt);
                stuck.Add(new RepairRow(
                    instance.InstanceId,
                    instance.Name,
                    deadline,
                    ops.Format(ops.StuckPastDeadline, requests.Count(), deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
                    [.. requests.Select(a => a.EventName).Distinct(StringComparer.Ordinal)]));
            }
        }

        var listed = stuck.Select(s => s.InstanceId).ToHashSet(StringComparer.Ordinal);
        foreach (var suspended in (await InstanceQueries.FirstPageAsync(client, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Suspended], PageSize = ListLimit }, null, cancellationToken)).Values)
        {
            if (listed.Add(suspended.InstanceId))
            {
                stuck.Add(new RepairRow(suspended.InstanceId, suspended.Name, suspended.LastUpdatedAt, ops.SuspendedReason, []));
            }
        }

        var model = new RepairsModel(failed, [.. stuck.OrderBy(s => s.Since)], string.IsNullOrEmpty(purged) ? null : purged);
        return Html.Result(await renderer.RenderAsync(typeof(RepairsPage), new Dictionary<string, object?> { ["Text"] = text, ["Context"] = context, ["Model"] = model }));
    }

    /// <summary><c>GET /instances/{instanceId}[?done=&amp;event=]</c>: one orchestration, its repairs, requests, history and audit.</summary>
    [RequireRoles(AppRoles.HR, AppRoles.Ops)]
    public static async Task<IResult> PageAsync(string instanceId, string? done, [FromQuery(Name = "event")] string? eventName, HttpContext context, DurableTaskClient client, IApprovalStore approvals, IApprovalHistory approvalHistory, AuditTrail trail, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ops = OpsText.For(DashboardText.For(context).Language);

        // The outcome stays in the address, so a reload once the instance got there says nothing more: its status does.
        string? Notice(OrchestrationMetadata instance) => done switch
        {
            InstanceAction.RaiseEvent => ops.Format(ops.DoneEventRaised, eventName),
            InstanceAction.Terminate when !instance.IsCompleted => ops.DoneTerminated,
            InstanceAction.Suspend when instance.RuntimeStatus != OrchestrationRuntimeStatus.Suspended => ops.DoneSuspended,
            InstanceAction.Resume when instance.RuntimeStatus == OrchestrationRuntimeStatus.Suspended => ops.DoneResumed,
            _ => null,
        };
        return await RenderAsync(instanceId, context, client, approvals, approvalHistory, trail, renderer, null, Notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary><c>POST /instances/{instanceId}/{action}</c>: one repair, confirmed. A form with errors comes
    /// back with what was typed (400); an action the instance's state does not allow is explained (409);
    /// done, the browser goes to the page that shows the outcome (303).</summary>
    [RequireRoles(AppRoles.HR, AppRoles.Ops)]
    public static async Task<IResult> ActAsync(string instanceId, string action, HttpContext context, DurableTaskClient client, IApprovalStore approvals, IApprovalHistory approvalHistory, AuditTrail trail, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(trail);
        var text = DashboardText.For(context);
        var ops = OpsText.For(text.Language);
        if (!InstanceAction.All.Contains(action, StringComparer.Ordinal))
        {
            return NotFound(context, text, instanceId);
        }

        // The access gate's same-origin guard has read (and checked the antiforgery field of) the form already.
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        string Field(string name) => form?[name].ToString().Trim() ?? string.Empty;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [InstanceAction.EventNameField] = Field(InstanceAction.EventNameField),
            [InstanceAction.EventDataField] = form?[InstanceAction.EventDataField].ToString() ?? string.Empty,
            [InstanceAction.ReasonField] = Field(InstanceAction.ReasonField),
        };
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        object? payload = null;
        if (action == InstanceAction.RaiseEvent)
        {
            if (values[InstanceAction.EventNameField].Length == 0)
            {
                errors[InstanceAction.EventNameField] = ops.EventNameRequired;
            }

            if (!InstanceOperations.TryParseEventData(values[InstanceAction.EventDataField], out payload, out var jsonError))
            {
                errors[InstanceAction.EventDataField] = ops.Format(ops.EventDataNotJson, jsonError);
            }
        }

        if (action == InstanceAction.Terminate && values[InstanceAction.ReasonField].Length == 0)
        {
            errors[InstanceAction.ReasonField] = ops.ReasonRequired;
        }

        if (Field(InstanceAction.ConfirmField) != "yes")
        {
            errors[InstanceAction.ConfirmField] = ops.ConfirmRequired;
        }

        if (errors.Count > 0)
        {
            return await RenderAsync(instanceId, context, client, approvals, approvalHistory, trail, renderer, new OpsForm(action, values, errors), null, null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var actor = AuditTrail.Actor(context);
        var reason = values[InstanceAction.ReasonField] is { Length: > 0 } r ? r : null;
        var eventName = values[InstanceAction.EventNameField];
        var result = action switch
        {
            InstanceAction.RaiseEvent => await InstanceOperations.RaiseEventAsync(client, trail, actor, instanceId, eventName, payload, cancellationToken),
            InstanceAction.Terminate => await InstanceOperations.TerminateAsync(client, trail, actor, instanceId, reason, cancellationToken),
            InstanceAction.Suspend => await InstanceOperations.SuspendAsync(client, trail, actor, instanceId, reason, cancellationToken),
            InstanceAction.Resume => await InstanceOperations.ResumeAsync(client, trail, actor, instanceId, reason, cancellationToken),
            _ => await InstanceOperations.PurgeAsync(client, trail, actor, instanceId, cancellationToken),
        };

        switch (result.Outcome)
        {
            case InstanceOperationOutcome.Done when action == InstanceAction.Purge:
                return SeeOther(context, $"{ListPath}?purged={Uri.EscapeDataString(instanceId)}");
            case InstanceOperationOutcome.Done:
                return SeeOther(context, $"{PagePath(instanceId)}?done={action}{(action == InstanceAction.RaiseEvent ? $"&event={Uri.EscapeDataString(eventName)}" : string.Empty)}");
            case InstanceOperationOutcome.Finished or InstanceOperationOutcome.NotFinished:
                var conflict = ops.Format(result.Outcome == InstanceOperationOutcome.Finished ? ops.ConflictFinished : ops.ConflictNotFinished, result.Status);
                return await RenderAsync(instanceId, context, client, approvals, approvalHistory, trail, renderer, null, null, conflict, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound(context, text, instanceId);
        }
    }

    private static async Task<IResult> RenderAsync(
        string instanceId,
        HttpContext context,
        DurableTaskClient client,
        IApprovalStore approvals,
        IApprovalHistory approvalHistory,
        AuditTrail trail,
        PageRenderer renderer,
        OpsForm? form,
        Func<OrchestrationMetadata, string?>? notice,
        string? conflict,
        int status,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(approvalHistory);
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(renderer);
        var text = DashboardText.For(context);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return NotFound(context, text, instanceId);
        }

        var events = await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken);
        var parent = events.OfType<ExecutionStartedEvent>().FirstOrDefault()?.ParentInstance?.OrchestrationInstance?.InstanceId;
        var caller = Caller.Of(context);
        var showPersonalData = caller?.SeesPersonalData == true;
        var all = await approvalHistory.ListAllAsync(instanceId, 200, cancellationToken);
        var audit = await approvals.GetAuditAsync(instanceId, cancellationToken);
        if (showPersonalData)
        {
            await trail.PersonalDataReadAsync(context, instanceId, "dashboard: instance with payloads", cancellationToken);
        }

        var model = new InstancePageModel(instance, parent, HistoryEventsJson.Create(events, showOutput: showPersonalData), [.. all.Where(a => a.InstanceId == instanceId)], audit, showPersonalData, form, notice?.Invoke(instance), conflict);
        return Html.Result(await renderer.RenderAsync(typeof(InstancePage), new Dictionary<string, object?> { ["Text"] = text, ["Context"] = context, ["Model"] = model }), status);
    }

    private static IResult NotFound(HttpContext context, DashboardText text, string instanceId)
        => new ComponentPageResult(typeof(DashboardNotFoundPage), new Dictionary<string, object?>
        {
            [nameof(DashboardNotFoundPage.Text)] = text,
            [nameof(DashboardNotFoundPage.Heading)] = text.Format(text.NoInstance, instanceId),
        }, StatusCodes.Status404NotFound);

    /// <summary>303: the browser follows with a GET, so reloading the result does not post again.</summary>
    private static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
