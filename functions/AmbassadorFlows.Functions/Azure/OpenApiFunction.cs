using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using Microsoft.Azure.Functions.Worker;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The HR API's OpenAPI document as an HTTP function, for any signed-in role (it describes
/// the HR API): the same document local mode serves (<see cref="CohortApiDocument"/>).</summary>
public static class OpenApiFunction
{
    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    [Function("OpenApiDocument")]
    public static Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi/v1.json")] HttpRequest request,
        CancellationToken cancellationToken)
        => CohortApiDocument.GetAsync(cancellationToken);
}
