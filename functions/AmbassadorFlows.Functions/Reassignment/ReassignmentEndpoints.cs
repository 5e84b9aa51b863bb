using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components.Reassignment;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.People;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>
/// HR hands an open request to someone else (<c>/requests/{approvalId}/hand-over</c>: GET shows the
/// request and the form, POST hands it over), and hands a person's manager requests to the manager
/// the directory names now (<c>POST /people/{employeeId}/manager-changed</c>). Refusals are pages in
/// HR's language: the field named, what was typed kept, nothing changed.
/// </summary>
public static class ReassignmentEndpoints
{
    public const string NoticeQuery = "handed";

    public static IEndpointRouteBuilder MapReassignment(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/requests/{approvalId}/hand-over", HandOverPageAsync).ExcludeFromDescription();
        // Protected by the dashboard's antiforgery field and same-origin check (SameOriginGuard).
        endpoints.MapPost("/requests/{approvalId}/hand-over", HandOverAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/people/{employeeId}/manager-changed", ManagerChangedAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> HandOverPageAsync(string approvalId, HttpContext context, ReassignmentServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var text = Text(context);
        if (await ViewAsync(services, approvalId, cancellationToken) is not { } view)
        {
            return await PageAsync(context, services, text, null, StatusCodes.Status404NotFound, text.Format(text.NotFound, approvalId), noticeIsError: true);
        }

        var notice = context.Request.Query.ContainsKey(NoticeQuery) ? text.Format(text.Done, view.AssigneeName) : Explain(text, view);
        return await PageAsync(context, services, text, view, StatusCodes.Status200OK, notice, noticeIsError: notice is not null && !context.Request.Query.ContainsKey(NoticeQuery));
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> HandOverAsync(string approvalId, HttpContext context, ReassignmentServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var text = Text(context);
        // Read first: a body that cannot be read is a 400 whatever the request.
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        if (await ViewAsync(services, approvalId, cancellationToken) is not { } view)
        {
            return await PageAsync(context, services, text, null, StatusCodes.Status404NotFound, text.Format(text.NotFound, approvalId), noticeIsError: true);
        }

        if (Explain(text, view) is { } closed)
        {
            return await PageAsync(context, services, text, view, StatusCodes.Status409Conflict, closed, noticeIsError: true);
        }

        var typed = form?["to"].ToString().Trim() ?? string.Empty;
        if (typed.Length == 0)
        {
            return await PageAsync(context, services, text, view, StatusCodes.Status400BadRequest, to: typed, toError: text.ToRequired);
        }

        var match = await PersonMatch.ResolveAsync(services.Search, typed, cancellationToken);
        if (match.Employee is not { } to)
        {
            var error = match.Candidates.Count == 0
                ? text.Format(text.ToUnknown, typed)
                : text.Format(text.ToAmbiguous, typed, string.Join(", ", match.Candidates.Select(c => $"{c.DisplayName} ({c.Email})")));
            return await PageAsync(context, services, text, view, StatusCodes.Status400BadRequest, to: typed, toError: error);
        }

        if (string.Equals(to.Id, view.Approval.AssigneeId, StringComparison.Ordinal))
        {
            return await PageAsync(context, services, text, view, StatusCodes.Status400BadRequest, to: typed, toError: text.Format(text.ToSame, to.DisplayName));
        }

        var outcome = await services.HandOver.HandOverAsync(view.Approval.ApprovalId, to, AuditTrail.Actor(context), expectedAssigneeId: view.Approval.AssigneeId, cancellationToken: cancellationToken);
        if (outcome != HandOverOutcome.HandedOver)
        {
            // Answered, closed or handed over by someone else between the page and this click.
            var now = await ViewAsync(services, approvalId, cancellationToken) ?? view;
            return await PageAsync(context, services, text, now with { CanHandOver = false }, StatusCodes.Status409Conflict, text.Changed, noticeIsError: true);
        }

        return Results.Redirect($"/requests/{Uri.EscapeDataString(view.Approval.ApprovalId)}/hand-over?{NoticeQuery}=1");
    }

    /// <summary>Hands the person's open manager requests to the manager the directory names now, then back to their page.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ManagerChangedAsync(string employeeId, HttpContext context, DurableTaskClient client, ReassignmentServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var text = Text(context);
        if (context.Request.HasFormContentType)
        {
            // Nothing is read from it, but a body that cannot be read is a 400 as on every form.
            await context.Request.ReadFormAsync(cancellationToken);
        }

        if (await services.ManagerChange.HandToCurrentManagerAsync(client, employeeId, AuditTrail.Actor(context), cancellationToken) is not { } result)
        {
            return await PageAsync(context, services, text, null, StatusCodes.Status404NotFound, text.Format(text.NoManager, employeeId), noticeIsError: true);
        }

        return Results.Redirect($"/people/{Uri.EscapeDataString(employeeId)}?{NoticeQuery}={result.HandedOver}");
    }

    /// <summary>The notice for a person's page after <see cref="ManagerChangedAsync"/>, or null.</summary>
    public static string? ManagerChangedNotice(HttpContext context, Employee? manager)
    {
        ArgumentNullException.ThrowIfNull(context);
        return manager is not null && int.TryParse(context.Request.Query[NoticeQuery], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? Text(context).Format(Text(context).ManagerChangedDone, count, manager.DisplayName)
            : null;
    }

    private static string? Explain(ReassignmentText text, HandOverView view)
        => view.CanHandOver ? null : HandOverRules.CanHandOver(view.Approval) ? text.NoLongerOpen : text.NotHandable;

    private static async Task<HandOverView?> ViewAsync(ReassignmentServices services, string approvalId, CancellationToken cancellationToken)
    {
        if (await services.Approvals.GetAsync(approvalId, cancellationToken) is not { } approval)
        {
            return null;
        }

        var assignee = await services.Directory.GetEmployeeAsync(approval.AssigneeId, cancellationToken);
        var employeeId = HandOverRules.EmployeeOf(approval);
        var about = employeeId is null ? CohortReadModel.CohortOf(approval.InstanceId) : (await services.Directory.GetEmployeeAsync(employeeId, cancellationToken))?.DisplayName ?? employeeId;
        var open = approval.Decision is null && approval.ClosedReason is null && approval.ExpiresAt > services.Time.GetUtcNow();
        return new HandOverView(approval, employeeId, about, assignee?.DisplayName ?? approval.AssigneeEmail, open && HandOverRules.CanHandOver(approval));
    }

    private static ReassignmentText Text(HttpContext context) => ReassignmentText.For(DashboardText.For(context).Language);

    private static async Task<IResult> PageAsync(HttpContext context, ReassignmentServices services, ReassignmentText text, HandOverView? view, int status, string? notice = null, bool noticeIsError = false, string? to = null, string? toError = null)
        => Html.Result(await services.Renderer.RenderAsync(typeof(HandOverPage), new Dictionary<string, object?>
        {
            [nameof(HandOverPage.Frame)] = DashboardText.For(context),
            [nameof(HandOverPage.Context)] = context,
            [nameof(HandOverPage.Text)] = text,
            [nameof(HandOverPage.View)] = view,
            [nameof(HandOverPage.Notice)] = notice,
            [nameof(HandOverPage.NoticeIsError)] = noticeIsError,
            [nameof(HandOverPage.To)] = to,
            [nameof(HandOverPage.ToError)] = toError,
        }), status);
}
