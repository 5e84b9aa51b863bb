using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>HR's audit trail as HTTP functions: thin adapters over <see cref="AuditEndpoints"/>, as in local mode.</summary>
public sealed class AuditFunctions(IApprovalHistory history)
{
    [RequireRoles(AppRoles.HR)]
    [Function("ListAudit")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/audit")] HttpRequest request,
        CancellationToken cancellationToken)
        => AuditEndpoints.ListAsync(request, history, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ExportAudit")]
    public Task<IResult> CsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/audit.csv")] HttpRequest request,
        CancellationToken cancellationToken)
        => AuditEndpoints.CsvAsync(request, history, cancellationToken);
}
