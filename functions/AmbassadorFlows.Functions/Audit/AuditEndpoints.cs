using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Mvc;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>HR reads the audit trail: <c>GET /api/audit[?since=]</c> as JSON, <c>GET /api/audit.csv</c> as CSV.
/// Shared handlers: local mode maps them, Azure wraps them (<c>Azure/AuditFunctions.cs</c>).</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/audit", ListAsync).WithName("ListAudit").ExcludeFromDescription();
        endpoints.MapGet("/api/audit.csv", CsvAsync).WithName("ExportAudit").ExcludeFromDescription();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ListAsync(HttpRequest request, [FromServices] IApprovalHistory history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (!TryReadSince(request, out var since, out var problem))
        {
            return problem;
        }

        return Results.Ok(await history.ListAuditAsync(since, cancellationToken: cancellationToken));
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> CsvAsync(HttpRequest request, [FromServices] IApprovalHistory history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (!TryReadSince(request, out var since, out var problem))
        {
            return problem;
        }

        var csv = AuditCsv.Write(await history.ListAuditAsync(since, cancellationToken: cancellationToken));
        return Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "ambassadorflows-audit.csv");
    }

    private static bool TryReadSince(HttpRequest request, out DateTimeOffset? since, out IResult problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        since = null;
        problem = Results.Empty;
        var raw = request.Query["since"].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
        {
            since = parsed;
            return true;
        }

        problem = ProblemResponses.Validation(new Dictionary<string, string[]> { ["since"] = [$"'{raw}' is not a date (e.g. 2026-01-31 or 2026-01-31T08:00:00Z)."] });
        return false;
    }
}
