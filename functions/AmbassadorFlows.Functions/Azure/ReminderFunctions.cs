using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Reminders;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>HR's reminder of a manager's open approval behind Entra sign-in: thin adapters over <see cref="ReminderEndpoints"/>.</summary>
public sealed class ReminderFunctions(ManagerReminder reminder, PageRenderer renderer)
{
    [RequireRoles(AppRoles.HR)]
    [Function("ReminderPage")]
    public Task<IResult> ReminderPageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "requests/{approvalId}/remind")] HttpRequest request,
        string approvalId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReminderEndpoints.ReminderPageAsync(approvalId, request.HttpContext, client, reminder, renderer, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("Remind")]
    public Task<IResult> RemindAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "requests/{approvalId}/remind")] HttpRequest request,
        string approvalId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReminderEndpoints.RemindAsync(approvalId, request.HttpContext, client, reminder, renderer, cancellationToken);
    }
}
