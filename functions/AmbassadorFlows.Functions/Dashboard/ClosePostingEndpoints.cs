using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Web;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The dashboard's form for closing a posting early (<c>Components/Dashboard/ClosePostingForm.razor</c>):
/// it POSTs here, the same command as the HR API runs, and the browser goes back to the cohort page.
/// The dashboard's antiforgery field and same-origin check come from <see cref="SameOriginGuard"/>, as for every dashboard form.</summary>
public static class ClosePostingEndpoints
{
    public const string Route = "/cohorts/{id}/close-posting";

    public static string PathFor(string cohortId) => $"/cohorts/{Uri.EscapeDataString(cohortId)}/close-posting";

    public static IEndpointRouteBuilder MapClosePostingForm(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, ClosePostingAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    /// <summary><c>POST /cohorts/{id}/close-posting</c>: back to the cohort page when done; a page saying
    /// why not otherwise (404 unknown cohort, 409 posting not open or cohort too old for it).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ClosePostingAsync(string id, HttpContext context, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await ClosePostingCommand.CloseAsync(client, id, Caller.Of(context)?.Id ?? "anonymous", cancellationToken);
        var cohortPage = $"/cohorts/{Uri.EscapeDataString(id)}";
        if (outcome == ClosePostingCommand.Outcome.Closed)
        {
            return Results.Redirect(cohortPage);
        }

        var text = DashboardText.For(context);
        if (outcome == ClosePostingCommand.Outcome.UnknownCohort)
        {
            return new ComponentPageResult(typeof(DashboardNotFoundPage), new Dictionary<string, object?>
            {
                [nameof(DashboardNotFoundPage.Text)] = text,
                [nameof(DashboardNotFoundPage.Heading)] = text.Format(text.NoCohort, id),
            }, StatusCodes.Status404NotFound);
        }

        var say = ClosePostingText.For(text.Language);
        var why = outcome == ClosePostingCommand.Outcome.OlderVersion ? say.OlderVersion : say.NotOpen;
        return new ComponentPageResult(typeof(DashboardMessagePage), new Dictionary<string, object?>
        {
            [nameof(DashboardMessagePage.Text)] = text,
            [nameof(DashboardMessagePage.Heading)] = say.NotOpenHeading,
            [nameof(DashboardMessagePage.Detail)] = why,
            [nameof(DashboardMessagePage.BackPath)] = cohortPage,
            [nameof(DashboardMessagePage.BackLabel)] = say.BackToCohort,
        }, StatusCodes.Status409Conflict);
    }
}
