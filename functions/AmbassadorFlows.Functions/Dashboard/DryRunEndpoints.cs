using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Components.Requests;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// A kept dry run (<c>GET /dry-run/{id}</c>) and the pages its emails' buttons open
/// (<c>GET /dry-run/{id}/requests/{approvalId}</c>): the real request page, rendered read-only from the
/// kept record under a "Preview — nothing is recorded" banner in HR's language. Nothing is read from
/// or written to the real cohorts, and the page can post nothing: its controls are disabled, its form
/// points at no real request, and its Content-Security-Policy allows no form submission at all.
/// HR only, as the dry run. Unknown id: 404 page; past its day: 410 page. A button clicked inside an
/// email's frame reaches the preview through <c>GET /dry-run/{id}/open/{approvalId}</c> (<see cref="OpenAsync"/>).
/// </summary>
public static class DryRunEndpoints
{
    /// <summary>The token the preview's form would post to: no real request has it.</summary>
    public const string PreviewToken = "dry-run-preview";

    /// <summary>The pages' policy with no form target at all.</summary>
    public static string PreviewPolicy { get; } = SecurityHeaders.ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'none'", StringComparison.Ordinal);

    public static IEndpointRouteBuilder MapDryRunPreview(this IEndpointRouteBuilder pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        pages.MapGet("/dry-run/{id}", ResultAsync);
        pages.MapGet("/dry-run/{id}/requests/{approvalId}", PreviewAsync);
        pages.MapGet("/dry-run/{id}/open/{approvalId}", OpenAsync);
        return pages;
    }

    /// <summary><c>GET /dry-run/{id}</c>: the kept result, where HR lands after playing (<see cref="SeeResult"/>).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ResultAsync(string id, HttpContext context, IDryRunStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = DashboardText.For(context);
        var lookup = await FindAsync(id, store, time, cancellationToken);
        if (lookup.Record is not { } record)
        {
            return await MissingAsync(context, text, lookup.Expired);
        }

        // The emails show in frames written inline (they inherit this policy) and carry inline styles.
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicyWithInlineStyles;
        return await DashboardPageAsync<DryRunResultPage>(context, text, StatusCodes.Status200OK, new() { [nameof(DryRunResultPage.Record)] = record });
    }

    /// <summary>
    /// A played run's answer to <c>POST /dry-run</c>: 303 to its kept result (relative, as the app's other
    /// redirects), so the browser shows it with a GET at its shareable address and a reload plays nothing again.
    /// </summary>
    public static IResult SeeResult(HttpContext context, DryRunRecord record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        context.Response.Headers.Location = DryRunRecord.PathOf(record.Id);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary><c>GET /dry-run/{id}/requests/{approvalId}</c>: the page a request's button opens, read-only.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> PreviewAsync(string id, string approvalId, HttpContext context, IDryRunStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = DashboardText.For(context);
        var lookup = await FindAsync(id, store, time, cancellationToken);
        if (lookup.Record is not { } record)
        {
            return await MissingAsync(context, text, lookup.Expired);
        }

        var say = DryRunText.For(text.Language);
        if (record.Page(approvalId) is not { } snapshot)
        {
            return await MessageAsync(context, text, StatusCodes.Status404NotFound, say.NoSuchPage, say.KeptForADay, DryRunRecord.PathOf(record.Id), say.BackToResult);
        }

        var page = new RequestPage(snapshot.Approval, ApprovalPageText.Find(snapshot.Language) ?? ApprovalPageText.English)
        {
            Programme = record.Programme,
            Subject = snapshot.Subject,
            TermStart = snapshot.TermStart,
            TermEnd = snapshot.TermEnd,
        };
        var type = RequestPages.For(page);
        var parameters = new Dictionary<string, object>
        {
            [nameof(CheckInPage.Page)] = page,
            [nameof(CheckInPage.Form)] = new AnswerForm(PreviewToken, string.Empty),
        };
        if (type == typeof(SelectionPage))
        {
            parameters[nameof(SelectionPage.Selection)] = snapshot.Selection ?? new SelectionView(null, []);
            parameters[nameof(SelectionPage.Query)] = CandidateQuery.From(context.Request.Query);
        }

        var mark = new DryRunPreviewMark(say.Language, say.PreviewBanner, say.PreviewExplains, Outcome(snapshot.Outcome, say, text), DryRunRecord.PathOf(record.Id), say.BackToResult);
        context.Response.Headers.ContentSecurityPolicy = PreviewPolicy;
        var renderer = context.RequestServices.GetRequiredService<PageRenderer>();
        return Html.Result(await renderer.RenderAsync(typeof(DryRunPreviewHost), new Dictionary<string, object?>
        {
            [nameof(DryRunPreviewHost.Mark)] = mark,
            [nameof(DryRunPreviewHost.Page)] = type,
            [nameof(DryRunPreviewHost.Parameters)] = parameters,
        }));
    }

    /// <summary>
    /// <c>GET /dry-run/{id}/open/{approvalId}</c>: where an email's button in the result's frame leads.
    /// The frame is sandboxed without its own origin, so the browser treats its click as coming from
    /// another site and leaves out the SameSite=Strict sign-in cookie: straight to the preview, a
    /// signed-in HR officer would land on the sign-in page. This page goes on to the preview from our
    /// own origin, cookie included. It reads nothing (the address it names is the one it was opened
    /// with), so it needs no sign-in; the preview itself is still HR's only.
    /// </summary>
    [PublicRoute("none: it shows nothing but the preview's address it was opened with")]
    public static Task<IResult> OpenAsync(string id, string approvalId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = DashboardText.For(context);
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower) || string.IsNullOrEmpty(approvalId))
        {
            return MissingAsync(context, text, expired: false);
        }

        var renderer = context.RequestServices.GetRequiredService<PageRenderer>();
        return RenderOpenAsync(renderer, DryRunText.For(text.Language), DryRunRecord.PagePath(id, approvalId));
    }

    private static async Task<IResult> RenderOpenAsync(PageRenderer renderer, DryRunText say, string target)
        => Html.Result(await renderer.RenderAsync(typeof(DryRunOpenPage), new Dictionary<string, object?>
        {
            [nameof(DryRunOpenPage.Say)] = say,
            [nameof(DryRunOpenPage.Target)] = target,
        }));

    /// <summary>What became of the request in the run, in HR's language.</summary>
    private static string Outcome(DryRunOutcome outcome, DryRunText say, DashboardText text) => outcome.Kind switch
    {
        DryRunOutcomeKind.Answered => say.Format(say.OutcomeAnswered, WorkflowLabels.Name(outcome.Decision, text.Language), outcome.Who, outcome.At is { } at ? text.DayText(at) : string.Empty),
        DryRunOutcomeKind.TimedOut => say.Format(say.OutcomeTimedOut, outcome.At is { } at ? text.DayText(at) : string.Empty),
        DryRunOutcomeKind.AnsweredElsewhere => say.Format(say.OutcomeAnsweredElsewhere, outcome.Who),
        DryRunOutcomeKind.Closed => say.OutcomeClosed,
        _ => say.OutcomeOpen,
    };

    /// <summary>Ids are 32 lowercase hex digits (<see cref="DryRunner"/>); anything else is unknown without a read.</summary>
    private static async Task<DryRunLookup> FindAsync(string id, IDryRunStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        return id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower)
            ? await store.FindAsync(id, time.GetUtcNow(), cancellationToken)
            : DryRunLookup.Unknown;
    }

    private static Task<IResult> MissingAsync(HttpContext context, DashboardText text, bool expired)
    {
        var say = DryRunText.For(text.Language);
        return expired
            ? MessageAsync(context, text, StatusCodes.Status410Gone, say.GoneTitle, say.KeptForADay, "/dry-run", text.AnotherDryRun)
            : MessageAsync(context, text, StatusCodes.Status404NotFound, say.UnknownTitle, say.KeptForADay, "/dry-run", text.AnotherDryRun);
    }

    private static Task<IResult> MessageAsync(HttpContext context, DashboardText text, int status, string heading, string detail, string backPath, string backLabel)
        => DashboardPageAsync<DashboardMessagePage>(context, text, status, new()
        {
            [nameof(DashboardMessagePage.Heading)] = heading,
            [nameof(DashboardMessagePage.Detail)] = detail,
            [nameof(DashboardMessagePage.BackPath)] = backPath,
            [nameof(DashboardMessagePage.BackLabel)] = backLabel,
        });

    private static async Task<IResult> DashboardPageAsync<TPage>(HttpContext context, DashboardText text, int status, Dictionary<string, object?> parameters)
    {
        parameters["Text"] = text;
        parameters["Context"] = context;
        return Html.Result(await context.RequestServices.GetRequiredService<PageRenderer>().RenderAsync(typeof(TPage), parameters), status);
    }
}
