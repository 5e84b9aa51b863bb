using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Personal;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The personal page as HTTP functions, anonymous: the signed personal link is the credential
/// (excluded from App Service sign-in, as the approval links). Every handler is
/// <see cref="PersonalEndpoints"/>', as in local mode.</summary>
public sealed class PersonalFunctions(PersonalPageServices pages)
{
    [PublicRoute("the signed personal link (revocable by its link version)", OwnFormProtection = true)]
    [Function("PersonalPage")]
    public Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PersonalEndpoints.ShowAsync(token, request, client, pages, cancellationToken);

    [PublicRoute("the signed personal link (revocable by its link version)", OwnFormProtection = true)]
    [Function("PersonalMeeting")]
    public Task<IResult> MeetingAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/{token}/meeting.ics")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PersonalEndpoints.MeetingAsync(token, request, client, pages, cancellationToken);

    [PublicRoute("the signed personal link and the page's own form field", OwnFormProtection = true)]
    [Function("PersonalRequests")]
    public Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/{token}/requests")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PersonalEndpoints.DecideAsync(token, request, client, pages, cancellationToken);

    [PublicRoute("the signed personal link and the page's own form field", OwnFormProtection = true)]
    [Function("PersonalStepDown")]
    public Task<IResult> StepDownAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/{token}/step-down")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PersonalEndpoints.StepDownAsync(token, request, client, pages, cancellationToken);

    [PublicRoute("the signed personal link and the page's own form field", OwnFormProtection = true)]
    [Function("PersonalIdeas")]
    public Task<IResult> ShareAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/{token}/ideas")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PersonalEndpoints.ShareAsync(token, request, client, pages, cancellationToken);
}
