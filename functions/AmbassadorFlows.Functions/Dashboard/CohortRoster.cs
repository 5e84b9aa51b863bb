using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary><c>GET /cohorts/{id}/roster.csv</c>: one row per ambassador of the cohort (name, department, level,
/// region from the directory; step and outcome in the reader's language; ISO dates), for HR's records. It
/// lists people, so each download is recorded as a personal-data read, as the other exports are.</summary>
public static class CohortRoster
{
    public const string Header = "employee_id,name,department,level,region,step,outcome,step_since,term";

    public static string PathFor(string cohortId) => $"/cohorts/{Uri.EscapeDataString(cohortId)}/roster.csv";

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> CsvAsync(string id, HttpContext context, DurableTaskClient client, CohortReadModel cohorts, IDirectory directory, AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(trail);
        if (await cohorts.GetAsync(client, id, cancellationToken) is not { } cohort)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such cohort.");
        }

        var language = DashboardText.For(context).Language;
        await trail.PersonalDataReadAsync(context, id, "dashboard: cohort roster CSV", cancellationToken);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var j in cohort.Journeys)
        {
            // One directory read per ambassador: the cohort page already holds one row per journey.
            var person = await directory.GetEmployeeAsync(j.EmployeeId, cancellationToken);
            string?[] cells =
            [
                j.EmployeeId,
                j.Name ?? person?.DisplayName,
                j.Department ?? person?.Department,
                person?.Level,
                person?.Region,
                WorkflowLabels.Name(j.Step, language),
                j.Outcome is null ? null : WorkflowLabels.Outcome(j.Outcome, language),
                j.Since.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                j.Term.ToString(CultureInfo.InvariantCulture),
            ];
            csv.AppendJoin(',', cells.Select(Csv.Cell)).Append("\r\n");
        }

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), Csv.ContentType, $"{id}-roster.csv");
    }
}
