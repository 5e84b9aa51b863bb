using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The dashboard's close-the-posting form as an HTTP function: a thin adapter over <see cref="ClosePostingEndpoints"/>.</summary>
public static class ClosePostingFormFunction
{
    [RequireRoles(AppRoles.HR)]
    [Function("DashboardClosePosting")]
    public static Task<IResult> ClosePostingAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/close-posting")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ClosePostingEndpoints.ClosePostingAsync(id, request.HttpContext, client, cancellationToken);
    }
}
