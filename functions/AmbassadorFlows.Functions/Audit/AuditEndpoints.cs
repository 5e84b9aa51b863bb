using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.AspNetCore.Mvc;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>HR reads the audit trail: <c>GET /api/audit[?since=]</c> as JSON a page at a time, <c>GET /api/audit.csv</c>
/// as CSV, all of it (written page by page). Neither cuts a long trail.
/// Shared handlers: local mode maps them, Azure wraps them (<c>Azure/AuditFunctions.cs</c>).</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags("Audit");
        api.MapGet("/audit", ListAsync).WithName("ListAudit").WithSummary("The audit trail as JSON, oldest first, a page at a time; ?since= an ISO 8601 date or time, ?limit=1..10000 (default 1000); the Link header's rel=\"next\" reads on")
            .Produces<IReadOnlyList<AuditEntry>>().ProducesValidationProblem();
        api.MapGet("/audit.csv", CsvAsync).WithName("ExportAudit").WithSummary("The whole audit trail as CSV; ?since= as for the JSON list")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        return endpoints;
    }

    /// <summary>Entries per JSON page unless <c>?limit=</c> says otherwise (at most <see cref="MaxPage"/>).</summary>
    public const int DefaultPage = 1_000;

    public const int MaxPage = 10_000;

    /// <summary>Entries the CSV reads per page while it writes (memory stays that of one page).</summary>
    internal const int CsvPage = 5_000;

    /// <summary><c>GET /api/audit[?since=][&amp;limit=][&amp;after=]</c>: a page, oldest first; the Link header's rel="next" reads on.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ListAsync(HttpRequest request, [FromServices] IApprovalHistory history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        if (Since(request, out var since) is { } invalidSince)
        {
            return invalidSince;
        }

        var limit = DefaultPage;
        if (request.Query["limit"] is { Count: > 0 } given
            && (!int.TryParse(given.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxPage))
        {
            return ProblemResponses.Validation(new Dictionary<string, string[]> { ["limit"] = [$"limit is a whole number from 1 to {MaxPage}."] });
        }

        var after = request.Query["after"].ToString();
        AuditPage page;
        try
        {
            page = await history.ListAuditPageAsync(since, after.Length == 0 ? null : after, limit, cancellationToken);
        }
        catch (FormatException)
        {
            return ProblemResponses.Validation(new Dictionary<string, string[]> { ["after"] = ["after is not a page of the audit trail: follow the Link header of the page before, or leave it out to start at the beginning."] });
        }

        if (page.Next is { } next)
        {
            var sinceQuery = request.Query["since"].ToString() is { Length: > 0 } raw ? $"since={Uri.EscapeDataString(raw)}&" : string.Empty;
            request.HttpContext.Response.Headers.Link = $"</api/audit?{sinceQuery}limit={limit}&after={Uri.EscapeDataString(next)}>; rel=\"next\"";
        }

        return Results.Ok(page.Entries);
    }

    /// <summary><c>GET /api/audit.csv[?since=]</c>: every entry from <c>since</c> on, written a page at a time.</summary>
    [RequireRoles(AppRoles.HR)]
    public static Task<IResult> CsvAsync(HttpRequest request, [FromServices] IApprovalHistory history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        return Task.FromResult(Since(request, out var since) ?? Results.Stream(
            body => WriteCsvAsync(history, since, body, CsvPage, cancellationToken),
            Csv.ContentType,
            "ambassadorflows-audit.csv"));
    }

    /// <summary>Writes the trail from <paramref name="since"/> on as CSV, <paramref name="pageSize"/> entries at a time.</summary>
    internal static async Task WriteCsvAsync(IApprovalHistory history, DateTimeOffset? since, Stream body, int pageSize, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteAsync(AuditCsv.Header + "\r\n");
        string? after = null;
        do
        {
            var page = await history.ListAuditPageAsync(since, after, pageSize, cancellationToken);
            foreach (var entry in page.Entries)
            {
                await writer.WriteAsync(AuditCsv.Row(entry));
            }

            after = page.Next;
        }
        while (after is not null);
    }

    /// <summary>The <c>?since=</c> date or time (null when absent), or a 400 naming the field when it is no date.</summary>
    private static IResult? Since(HttpRequest request, out DateTimeOffset? since)
    {
        since = null;
        var raw = request.Query["since"].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return ProblemResponses.Validation(new Dictionary<string, string[]> { ["since"] = [$"'{raw}' is not a date (e.g. 2026-01-31 or 2026-01-31T08:00:00Z)."] });
        }

        since = parsed;
        return null;
    }
}
