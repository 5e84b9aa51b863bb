using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Approvals;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The approval page as HTTP functions, anonymous: the signed, expiring, single-use token in
/// the link is the credential (a function key cannot go into an email). GET shows, POST decides;
/// both are <see cref="ApprovalEndpoints"/>' handlers, as in local mode. The GET takes the Durable
/// client too: the page reads the journey's input (programme version, term).</summary>
public sealed class ApprovalFunctions(ApprovalPageServices pages)
{
    [PublicRoute("the signed, expiring token in the link", OwnFormProtection = true)]
    [Function("ApprovalPage")]
    public Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/approvals/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => ApprovalEndpoints.ShowApprovalPageAsync(token, request, client, pages, cancellationToken);

    [PublicRoute("the signed, expiring, single-use token in the link", OwnFormProtection = true)]
    [Function("ApprovalDecision")]
    public Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/approvals/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => ApprovalEndpoints.DecideApprovalAsync(token, request, client, pages, cancellationToken);
}
