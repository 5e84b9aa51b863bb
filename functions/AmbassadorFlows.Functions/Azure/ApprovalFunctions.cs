using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The approval page as HTTP functions, anonymous: the signed, expiring, single-use token in
/// the link is the credential (a function key cannot go into an email). GET shows, POST decides;
/// both are <see cref="ApprovalEndpoints"/>' handlers, as in local mode.</summary>
public sealed class ApprovalFunctions(
    ApprovalResolver resolver,
    FormProtection protection,
    ApprovalResponder responder,
    IDirectory directory,
    ILoggerFactory loggers)
{
    [PublicRoute("the signed, expiring token in the link", OwnFormProtection = true)]
    [Function("ApprovalPage")]
    public Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/approvals/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
        => ApprovalEndpoints.ShowApprovalPageAsync(token, request, resolver, protection, directory, loggers, cancellationToken);

    [PublicRoute("the signed, expiring, single-use token in the link", OwnFormProtection = true)]

    [Function("ApprovalDecision")]
    public Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/approvals/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => ApprovalEndpoints.DecideApprovalAsync(token, request, client, resolver, protection, responder, directory, loggers, cancellationToken);
}
