using AmbassadorFlows.Functions.Api;
using Microsoft.Azure.Functions.Worker;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The HR API's OpenAPI document as an HTTP function, with the HR API's key (it describes
/// that API): the same document local mode serves (<see cref="CohortApiDocument"/>).</summary>
public static class OpenApiFunction
{
    [Function("OpenApiDocument")]
    public static Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi/v1.json")] HttpRequest request,
        CancellationToken cancellationToken)
        => CohortApiDocument.GetAsync(cancellationToken);
}
