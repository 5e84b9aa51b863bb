using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Reminders;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Reminders;

/// <summary>
/// HR reminds a manager of their open approval (<c>/requests/{approvalId}/remind</c>): GET shows the
/// request and the button (where a sign-in lands too), POST sends the day's reminder and says what went
/// to whom. A request that is answered answers 409, one no longer open 410, an unknown id 404: pages in
/// HR's language, nothing sent.
/// </summary>
public static class ReminderEndpoints
{
    public static IEndpointRouteBuilder MapReminders(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/requests/{approvalId}/remind", ReminderPageAsync).ExcludeFromDescription();
        // Protected by the dashboard's antiforgery field and same-origin check (SameOriginGuard).
        endpoints.MapPost("/requests/{approvalId}/remind", RemindAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ReminderPageAsync(string approvalId, HttpContext context, DurableTaskClient client, ManagerReminder reminder, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var outcome = await reminder.ReadAsync(approvalId, client, cancellationToken);
        return await PageAsync(context, renderer, approvalId, outcome);
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> RemindAsync(string approvalId, HttpContext context, DurableTaskClient client, ManagerReminder reminder, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reminder);
        if (context.Request.HasFormContentType)
        {
            // Nothing is read from it, but a body that cannot be read is a 400 as on every form.
            await context.Request.ReadFormAsync(cancellationToken);
        }

        var outcome = await reminder.SendAsync(approvalId, AuditTrail.Actor(context), client, cancellationToken);
        return await PageAsync(context, renderer, approvalId, outcome);
    }

    /// <summary>The status each state answers with.</summary>
    public static int StatusOf(ReminderState state) => state switch
    {
        ReminderState.NotFound => StatusCodes.Status404NotFound,
        ReminderState.NotRemindable or ReminderState.Answered => StatusCodes.Status409Conflict,
        ReminderState.Closed => StatusCodes.Status410Gone,
        _ => StatusCodes.Status200OK,
    };

    private static async Task<IResult> PageAsync(HttpContext context, PageRenderer renderer, string approvalId, ReminderOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var frame = DashboardText.For(context);
        if (outcome.View is { } view)
        {
            frame = frame.InZone(view.Zone);
        }

        return Html.Result(await renderer.RenderAsync(typeof(ReminderPage), new Dictionary<string, object?>
        {
            [nameof(ReminderPage.Frame)] = frame,
            [nameof(ReminderPage.Context)] = context,
            [nameof(ReminderPage.Text)] = ReminderText.For(frame.Language),
            [nameof(ReminderPage.Outcome)] = outcome,
            [nameof(ReminderPage.ApprovalId)] = approvalId,
        }), StatusOf(outcome.State));
    }
}
