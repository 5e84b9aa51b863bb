using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.AspNetCore.Mvc;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>HR reads the audit trail: <c>GET /api/audit[?since=]</c> as JSON, <c>GET /api/audit.csv</c> as CSV.
/// Shared handlers: local mode maps them, Azure wraps them (<c>Azure/AuditFunctions.cs</c>).</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags("Audit");
        api.MapGet("/audit", ListAsync).WithName("ListAudit").WithSummary("The audit trail as JSON; ?since= an ISO 8601 date or time")
            .Produces<IReadOnlyList<AuditEntry>>().ProducesValidationProblem();
        api.MapGet("/audit.csv", CsvAsync).WithName("ExportAudit").WithSummary("The audit trail as CSV; ?since= as for the JSON list")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static Task<IResult> ListAsync(HttpRequest request, [FromServices] IApprovalHistory history, CancellationToken cancellationToken)
        => ReadAsync(request, history, entries => Results.Ok(entries), cancellationToken);

    [RequireRoles(AppRoles.HR)]
    public static Task<IResult> CsvAsync(HttpRequest request, [FromServices] IApprovalHistory history, CancellationToken cancellationToken)
        => ReadAsync(request, history, entries => Results.File(Encoding.UTF8.GetBytes(AuditCsv.Write(entries)), Csv.ContentType, "ambassadorflows-audit.csv"), cancellationToken);

    /// <summary>The entries from <c>?since=</c> on, in the shape <paramref name="respond"/> gives; 400 for a since that is no date.</summary>
    private static async Task<IResult> ReadAsync(HttpRequest request, IApprovalHistory history, Func<IReadOnlyList<AuditEntry>, IResult> respond, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        DateTimeOffset? since = null;
        var raw = request.Query["since"].ToString();
        if (raw.Length > 0)
        {
            if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return ProblemResponses.Validation(new Dictionary<string, string[]> { ["since"] = [$"'{raw}' is not a date (e.g. 2026-01-31 or 2026-01-31T08:00:00Z)."] });
            }

            since = parsed;
        }

        return respond(await history.ListAuditAsync(since, cancellationToken: cancellationToken));
    }
}
