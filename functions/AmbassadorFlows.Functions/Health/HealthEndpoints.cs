using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Components.Health;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Programme health: <c>GET /health/cohorts/{id}</c> and <c>/health/programmes/{programmeId}</c>
/// (charts and tables) and the same with <c>.csv</c>. Counts only, so every dashboard role may read
/// them (Viewer is "aggregates only"); the feedback themes, words taken from what ambassadors wrote,
/// are HR's. Shared handlers: local mode maps them, Azure wraps them (<c>Azure/HealthFunctions.cs</c>).</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<HealthReader>();
        services.AddSingleton<CohortReports>();
        services.AddSingleton<ICohortFiguresSource, CohortFiguresSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pages = endpoints.MapGroup(string.Empty).ExcludeFromDescription();
        // A complex segment ({id}.csv) takes precedence over a bare parameter, so "x.csv" is the CSV.
        pages.MapGet("/health/cohorts/{id}", CohortAsync);
        pages.MapGet("/health/cohorts/{id}.csv", CohortCsvAsync);
        pages.MapGet("/health/programmes/{programmeId}", ProgrammeAsync);
        pages.MapGet("/health/programmes/{programmeId}.csv", ProgrammeCsvAsync);
        return endpoints;
    }

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> CohortAsync(string id, HttpContext context, DurableTaskClient client, HealthReader health, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(health);
        var language = PageLanguage.Choose(context);
        var text = HealthText.In(language);
        return For(context, await health.CohortAsync(client, id, cancellationToken)) is { } report
            ? await PageAsync(context, renderer, report, text, cohortPageLink: SeesThemes(context))
            : await NotFoundAsync(context, renderer, language, text.NoCohort(id));
    }

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> CohortCsvAsync(string id, HttpContext context, DurableTaskClient client, HealthReader health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(health);
        return For(context, await health.CohortAsync(client, id, cancellationToken)) is { } report ? File(report) : NotFoundCsv(HealthText.For(context).NoCohort(id));
    }

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> ProgrammeAsync(string programmeId, HttpContext context, DurableTaskClient client, HealthReader health, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(health);
        var language = PageLanguage.Choose(context);
        var text = HealthText.In(language);
        return For(context, await health.ProgrammeAsync(client, programmeId, cancellationToken)) is { } report
            ? await PageAsync(context, renderer, report, text, cohortPageLink: false)
            : await NotFoundAsync(context, renderer, language, text.NoProgramme(programmeId));
    }

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> ProgrammeCsvAsync(string programmeId, HttpContext context, DurableTaskClient client, HealthReader health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(health);
        return For(context, await health.ProgrammeAsync(client, programmeId, cancellationToken)) is { } report ? File(report) : NotFoundCsv(HealthText.For(context).NoProgramme(programmeId));
    }

    /// <summary>HR sees the themes; for everyone else they are left out of the report, so neither
    /// the page nor the CSV can carry them.</summary>
    private static HealthReport? For(HttpContext context, HealthReport? report)
        => report is null || SeesThemes(context) ? report : report with { Months = [.. report.Months.Select(m => m with { Themes = FeedbackThemes.Empty })] };

    private static bool SeesThemes(HttpContext context) => Caller.Of(context)?.SeesPersonalData ?? false;

    /// <summary>In the dashboard's layout (navigation, language switcher) in the report's language.</summary>
    private static async Task<IResult> PageAsync(HttpContext context, PageRenderer renderer, HealthReport report, HealthText text, bool cohortPageLink)
        => Html.Result(await renderer.RenderAsync(typeof(HealthPage), new Dictionary<string, object?>
        {
            [nameof(HealthPage.Report)] = report,
            [nameof(HealthPage.Text)] = text,
            [nameof(HealthPage.Context)] = context,
            [nameof(HealthPage.ShowThemes)] = SeesThemes(context),
            [nameof(HealthPage.CohortPageLink)] = cohortPageLink,
        }));

    private static async Task<IResult> NotFoundAsync(HttpContext context, PageRenderer renderer, string language, string message)
        => Html.Result(
            await renderer.RenderAsync(typeof(DashboardNotFoundPage), new Dictionary<string, object?>
            {
                [nameof(DashboardNotFoundPage.Text)] = DashboardText.For(language),
                [nameof(DashboardNotFoundPage.Context)] = context,
                [nameof(DashboardNotFoundPage.Heading)] = message,
            }),
            StatusCodes.Status404NotFound);

    /// <summary>A download that names nothing gets a plain answer, not a page.</summary>
    private static IResult NotFoundCsv(string message) => Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    private static IResult File(HealthReport report)
        => Results.File(Encoding.UTF8.GetBytes(HealthCsv.Write(report)), Csv.ContentType, HealthCsv.FileName(report));
}
