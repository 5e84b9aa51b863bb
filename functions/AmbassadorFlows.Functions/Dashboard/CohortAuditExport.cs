using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary><c>GET /cohorts/{id}/audit.csv[?actor=&amp;action=&amp;from=&amp;until=]</c>: the cohort page's audit
/// entries as CSV, filtered as the page shows them (HR's own reads included: the export keeps every one).
/// The trail names people, so the download is itself recorded as a personal-data read.</summary>
public static class CohortAuditExport
{
    public static string PathFor(string cohortId) => $"/cohorts/{Uri.EscapeDataString(cohortId)}/audit.csv";

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> CsvAsync(string id, HttpContext context, DurableTaskClient client, IApprovalStore approvals, AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(trail);
        var filter = CohortAuditFilter.Of(context.Request.Query);
        var text = DashboardText.For(context);
        if (filter.Invalid.Count > 0)
        {
            return ProblemResponses.Validation(filter.Invalid.ToDictionary(f => f, _ => new[] { text.NotADate }));
        }

        var entries = await approvals.GetAuditAsync(id, cancellationToken);
        if (entries.Count == 0 && await client.GetInstanceAsync(id, cancellationToken) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such cohort.");
        }

        await trail.PersonalDataReadAsync(context, id, "dashboard: cohort audit CSV", cancellationToken);
        var csv = AuditCsv.Write(filter.Apply(entries, text.Language, keepReads: true));
        return Results.File(Encoding.UTF8.GetBytes(csv), Csv.ContentType, $"{id}-audit.csv");
    }
}
