using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Storage;
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

    private const int RosterPageSize = 500;

    public static string PathFor(string cohortId) => $"/cohorts/{Uri.EscapeDataString(cohortId)}/roster.csv";

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> CsvAsync(string id, HttpContext context, DurableTaskClient client, ICohortProgressPages progress, IDirectory directory, AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(trail);
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is not { } cohort || !CohortReadModel.IsCohort(cohort))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such cohort.");
        }

        var language = DashboardText.For(context).Language;
        await trail.PersonalDataReadAsync(context, id, "dashboard: cohort roster CSV", cancellationToken);
        var csv = new StringBuilder(Header).Append("\r\n");
        // Every ambassador, read a page at a time (the download is the one place that lists them all).
        string? after = null;
        IReadOnlyList<AmbassadorProgress> page;
        do
        {
            page = await progress.GetCohortPageAsync(id, after, RosterPageSize, cancellationToken);
            foreach (var j in page)
            {
                var person = await directory.GetEmployeeAsync(j.EmployeeId, cancellationToken);
                string?[] cells =
                [
                    j.EmployeeId,
                    person?.DisplayName,
                    person?.Department,
                    person?.Level,
                    person?.Region,
                    WorkflowLabels.Name(j.Step.ToString(), language),
                    j.Outcome is null ? null : WorkflowLabels.Outcome(j.Outcome, language),
                    j.Since.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    j.Term.ToString(CultureInfo.InvariantCulture),
                ];
                csv.AppendJoin(',', cells.Select(Csv.Cell)).Append("\r\n");
            }

            after = page.Count > 0 ? page[^1].EmployeeId : null;
        }
        while (page.Count == RosterPageSize);

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), Csv.ContentType, $"{id}-roster.csv");
    }
}
