using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// <c>GET /api/approvals/{token}</c> shows the question and changes nothing (mail scanners fetch
/// links); <c>POST</c> records the answer once. Every refusal is a 4xx: a page for people, problem
/// details for callers that accept JSON. Both handlers are public so Azure's HTTP functions call
/// them too (anonymous there: the signed token is the credential; a function key cannot be in an email).
/// </summary>
public static partial class ApprovalEndpoints
{
    /// <summary>A decision is a few KB, but HR's selection carries one field per chosen candidate:
    /// 2,000 ticks are about 75 KB. Room for 10,000; anything larger is not ours.</summary>
    public const long MaxFormBytes = 512 * 1024;

    /// <summary>Fields per form: one per candidate for HR's selection (ASP.NET Core's default is 1,024).</summary>
    public const int MaxFormValues = 10_100;

    private static readonly FormOptions FormLimits = new() { ValueCountLimit = MaxFormValues, MultipartBodyLengthLimit = MaxFormBytes };

    public static IEndpointRouteBuilder MapApprovalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/approvals/{token}", ShowApprovalPageAsync).WithName("ApprovalPage").ExcludeFromDescription();
        endpoints.MapPost("/api/approvals/{token}", DecideApprovalAsync).WithName("ApprovalDecision").ExcludeFromDescription()
            .WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes))
            .DisableAntiforgery();
        return endpoints;
    }

    /// <summary><c>GET /api/approvals/{token}</c>: the request's own page and its buttons; changes nothing.
    /// <paramref name="client"/> reads the journey's input (programme version, term) for the page.</summary>
    [PublicRoute("the signed, expiring token in the link", OwnFormProtection = true)]
    public static async Task<IResult> ShowApprovalPageAsync(string token, HttpRequest request, DurableTaskClient client, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(pages);
        var context = request.HttpContext;
        NoStore(context);
        var lookup = await WithRoundAsync(await pages.Resolver.ResolveAsync(token, cancellationToken), client, cancellationToken);
        var text = await TextAsync(context, lookup, pages, cancellationToken);

        // A GET may be a scanner: log it as a signal, never act on it.
        LogViewed(pages.Logger, lookup.Token?.ApprovalId ?? "(invalid)", lookup.State, context.Request.Headers.UserAgent.ToString());
        if (lookup.State == LookupState.Ended)
        {
            return await RoundEndedAsync(context, lookup, text, client, pages, cancellationToken);
        }

        if (lookup.State == LookupState.HandedOver)
        {
            return await HandedOverAsync(context, lookup.Approval!, text, pages, cancellationToken);
        }

        if (lookup.State is not (LookupState.Open or LookupState.Decided))
        {
            return await RefusalAsync(context, lookup, text, pages);
        }

        if (ProblemResponses.WantsJson(context.Request))
        {
            return Results.Ok(View(lookup.Approval!));
        }

        var page = await pages.Reader.ReadAsync(lookup.Approval!, text, client, cancellationToken);
        if (lookup.State == LookupState.Decided)
        {
            return Html.Result(await RequestPages.AlreadyDecidedAsync(pages.Renderer, page));
        }

        var form = new AnswerForm(token, pages.Protection.Issue(context, lookup.Token!));
        return Html.Result(await OpenPageAsync(context, page, form, pages, cancellationToken));
    }

    /// <summary><c>POST /api/approvals/{token}</c>: records the answer once, then delivers its event
    /// through <paramref name="client"/>.</summary>
    [PublicRoute("the signed, expiring, single-use token in the link", OwnFormProtection = true)]
    public static async Task<IResult> DecideApprovalAsync(string token, HttpRequest request, DurableTaskClient client, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(pages);
        var context = request.HttpContext;
        NoStore(context);
        // Refusals before the token is looked up are for callers, not people: English, as the API.
        var english = ApprovalPageText.English;
        if (!context.Request.HasFormContentType)
        {
            return await ProblemAsync(context, english, pages, StatusCodes.Status415UnsupportedMediaType, "Form expected", "Send the decision as application/x-www-form-urlencoded, as the page's buttons do.");
        }

        // The route's size limit covers local mode; a host that does not read route metadata gets the same limit here.
        if (context.Request.ContentLength > MaxFormBytes)
        {
            return await ProblemAsync(context, english, pages, StatusCodes.Status413PayloadTooLarge, "Form too large", $"A decision form is at most {MaxFormBytes} bytes.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > MaxFormBytes))
        {
            limit.MaxRequestBodySize = MaxFormBytes;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(FormLimits, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            return await ProblemAsync(context, english, pages, ex.StatusCode, "Form not readable", ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && !context.RequestAborted.IsCancellationRequested))
        {
            // IOException: a multipart body cut short ("Unexpected end of Stream").
            return await ProblemAsync(context, english, pages, StatusCodes.Status400BadRequest, "Form not readable", ex.Message);
        }

        var lookup = await WithRoundAsync(await pages.Resolver.ResolveAsync(token, cancellationToken), client, cancellationToken);
        var text = await TextAsync(context, lookup, pages, cancellationToken);
        if (lookup.State == LookupState.Decided)
        {
            // Still "already decided" to the person; meanwhile an event still owed goes out now.
            await pages.Responder.RedeliverIfOwedAsync(client, lookup.Approval!, cancellationToken);
            return await AlreadyDecidedAsync(context, lookup.Approval!, text, client, pages, cancellationToken);
        }

        if (lookup.State == LookupState.Ended)
        {
            return await RoundEndedAsync(context, lookup, text, client, pages, cancellationToken);
        }

        if (lookup.State == LookupState.HandedOver)
        {
            return await HandedOverAsync(context, lookup.Approval!, text, pages, cancellationToken);
        }

        if (lookup.State != LookupState.Open)
        {
            return await RefusalAsync(context, lookup, text, pages);
        }

        var approval = lookup.Approval!;
        if (!pages.Protection.IsValid(context, lookup.Token!, form[FormProtection.FieldName]))
        {
            return await ProblemAsync(context, text, pages, StatusCodes.Status403Forbidden, text.FormCheckFailed.Title, text.FormCheckFailed.Text);
        }

        var decision = form["decision"].ToString();
        if (!approval.Options.Contains(decision, StringComparer.Ordinal))
        {
            return await ProblemAsync(context, text, pages, StatusCodes.Status400BadRequest, text.UnknownAnswer.Title, text.UnknownAnswer.Text(decision, string.Join(", ", approval.Options)));
        }

        var data = ApprovalForm.Read(approval, form);
        if (!data.IsValid)
        {
            if (ProblemResponses.WantsJson(context.Request))
            {
                return ProblemResponses.Validation(data.Errors, "The answer was not recorded: some fields are not what this request takes.");
            }

            // Nothing recorded: the page again, in the person's language, with what they typed and the refused fields marked.
            var page = await pages.Reader.ReadAsync(approval, text, client, cancellationToken);
            var html = approval.EventName == JourneyEvents.MonthlyCheckIn
                ? await RequestPages.OpenAsync(pages.Renderer, page, new AnswerForm(token, form[FormProtection.FieldName].ToString()) { Values = Typed(form), Errors = data.Errors })
                : await RequestPages.NotRecordedAsync(pages.Renderer, page, [.. data.Errors.SelectMany(e => e.Value)]);
            return Html.Result(html, StatusCodes.Status400BadRequest);
        }

        var comment = form["comment"].ToString();
        var clientInfo = $"ip {context.RequestServices.GetRequiredService<ClientAddress>().Of(context)}; agent {context.Request.Headers.UserAgent}";
        DecisionOutcome? outcome;
        try
        {
            outcome = await pages.Responder.RespondAsync(client, approval, lookup.Token!, decision, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), data.DataJson, clientInfo, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Closed between the lookup and the write (the step timed out meanwhile).
            return await RefusalAsync(context, new ApprovalLookup(LookupState.Closed, lookup.Token, approval), text, pages);
        }

        if (outcome is null)
        {
            // Handed to someone else between the lookup and the write: nothing recorded.
            return await HandedOverAsync(context, (await pages.Approvals.GetAsync(approval.ApprovalId, cancellationToken)) ?? approval, text, pages, cancellationToken);
        }

        if (!outcome.RecordedNow)
        {
            return await AlreadyDecidedAsync(context, approval with { Decision = outcome.Decision }, text, client, pages, cancellationToken);
        }

        if (ProblemResponses.WantsJson(context.Request))
        {
            return Results.Ok(new DecisionView(approval.ApprovalId, outcome.Decision.Decision, outcome.Decision.DecidedBy, outcome.Decision.DecidedAt, RecordedNow: true));
        }

        var recorded = await pages.Reader.ReadAsync(approval, text, client, cancellationToken);
        return Html.Result(await RequestPages.RecordedAsync(pages.Renderer, recorded, outcome.Decision));
    }

    /// <summary>The open request's page; HR's selection also reads its candidates and the table's sort and filter.</summary>
    private static async Task<string> OpenPageAsync(HttpContext context, RequestPage page, AnswerForm form, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        if (page.Approval.EventName != CohortEvents.SelectionDecision)
        {
            return await RequestPages.OpenAsync(pages.Renderer, page, form);
        }

        var selection = await SelectionDetails.ReadAsync(page.Approval, pages.Directory, pages.Approvals, cancellationToken);
        return await RequestPages.OpenAsync(pages.Renderer, page, form, selection, CandidateQuery.From(context.Request.Query));
    }

    /// <summary>What the person typed, to put back into the form (the last value of each field).</summary>
    private static Dictionary<string, string> Typed(IFormCollection form)
        => form.Where(f => f.Key != FormProtection.FieldName).ToDictionary(f => f.Key, f => f.Value.LastOrDefault() ?? string.Empty, StringComparer.Ordinal);

    private static async Task<IResult> AlreadyDecidedAsync(HttpContext context, PendingApproval approval, ApprovalPageText text, DurableTaskClient client, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        var d = approval.Decision!;
        if (ProblemResponses.WantsJson(context.Request))
        {
            return Results.Problem(
                detail: $"Already decided by {d.DecidedBy} at {d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {d.Decision}.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Already decided",
                extensions: new Dictionary<string, object?> { ["decision"] = d.Decision, ["decidedBy"] = d.DecidedBy, ["decidedAt"] = d.DecidedAt });
        }

        var page = await pages.Reader.ReadAsync(approval, text, client, cancellationToken);
        return Html.Result(await RequestPages.AlreadyDecidedAsync(pages.Renderer, page), StatusCodes.Status409Conflict);
    }

    /// <summary>An open request whose round has ended can take no answer: told so on GET and POST,
    /// and nothing is recorded. The round is the request's own orchestration and, for a journey's
    /// request, its cohort too (terminating a cohort need not end its journeys). The status comes
    /// from the orchestrations themselves, since Ops can end one through the host's API without our
    /// code running: one status read each, without inputs. A request already answered keeps its
    /// "already decided".</summary>
    internal static async Task<ApprovalLookup> WithRoundAsync(ApprovalLookup lookup, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (lookup.State != LookupState.Open)
        {
            return lookup;
        }

        var instanceId = lookup.Approval!.InstanceId;
        var own = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (Ended(own?.RuntimeStatus) is { } ownFinished)
        {
            return lookup with { State = LookupState.Ended, RoundFinished = ownFinished };
        }

        var cohortId = CohortReadModel.CohortOf(instanceId);
        if (cohortId != instanceId)
        {
            // A cohort that cannot be found says nothing here (the journey's own status does).
            var cohort = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: false, cancellationToken);
            if (cohort is not null && Ended(cohort.RuntimeStatus) is { } cohortFinished)
            {
                return lookup with { State = LookupState.Ended, RoundFinished = cohortFinished };
            }
        }

        return lookup;
    }

    /// <summary>Null while the orchestration runs (or waits, or is suspended); else whether it ran to
    /// its end (true) or was stopped, failed or removed (false).</summary>
    private static bool? Ended(OrchestrationRuntimeStatus? status) => status switch
    {
        null or OrchestrationRuntimeStatus.Terminated or OrchestrationRuntimeStatus.Failed => false,
        OrchestrationRuntimeStatus.Completed => true,
        _ => null,
    };

    /// <summary>410 with the round-ended page in the reader's language (problem details for JSON callers).</summary>
    private static async Task<IResult> RoundEndedAsync(HttpContext context, ApprovalLookup lookup, ApprovalPageText text, DurableTaskClient client, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        if (ProblemResponses.WantsJson(context.Request))
        {
            return ProblemResponses.Problem(StatusCodes.Status410Gone, text.Ended.Title, text.Ended.Text);
        }

        var page = await pages.Reader.ReadAsync(lookup.Approval!, text, client, cancellationToken);
        return Html.Result(await RequestPages.RoundEndedAsync(pages.Renderer, page, lookup.RoundFinished), StatusCodes.Status410Gone);
    }

    /// <summary>410: the request now waits for someone else, named so the reader knows who has it.</summary>
    private static async Task<IResult> HandedOverAsync(HttpContext context, PendingApproval approval, ApprovalPageText text, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        string name;
        try
        {
            name = (await pages.Directory.GetEmployeeAsync(approval.AssigneeId, cancellationToken))?.DisplayName ?? approval.AssigneeEmail;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDirectoryFailed(pages.Logger, ex, approval.AssigneeId);
            name = approval.AssigneeEmail;
        }

        return await ProblemAsync(context, text, pages, StatusCodes.Status410Gone, text.HandedOver.Title, text.HandedOver.Text(name));
    }

    private static Task<IResult> RefusalAsync(HttpContext context, ApprovalLookup lookup, ApprovalPageText text, ApprovalPageServices pages) => lookup.State switch
    {
        LookupState.Invalid => ProblemAsync(context, text, pages, StatusCodes.Status400BadRequest, text.Invalid.Title, text.Invalid.Text),
        LookupState.NotFound => ProblemAsync(context, text, pages, StatusCodes.Status404NotFound, text.NotFound.Title, text.NotFound.Text),
        LookupState.Expired => ProblemAsync(context, text, pages, StatusCodes.Status410Gone, text.Expired.Title, text.Expired.Text),
        LookupState.Closed => ProblemAsync(context, text, pages, StatusCodes.Status410Gone, text.Closed.Title, text.Closed.Text(lookup.Approval?.ClosedReason)),
        _ => ProblemAsync(context, text, pages, StatusCodes.Status400BadRequest, text.Unusable.Title, text.Unusable.Text),
    };

    /// <summary>The page's language: the assignee's (the approval's, else the token's) from the
    /// directory; else, as when the token is not ours, the browser's Accept-Language; else English.
    /// JSON callers get English problem details, so they cost no directory lookup.</summary>
    private static async Task<ApprovalPageText> TextAsync(HttpContext context, ApprovalLookup lookup, ApprovalPageServices pages, CancellationToken cancellationToken)
    {
        if (ProblemResponses.WantsJson(context.Request))
        {
            return ApprovalPageText.English;
        }

        // A handed-over link is read by the person it was sent to, not by the request's new assignee.
        var reader = lookup.State == LookupState.HandedOver ? lookup.Token?.AssigneeId : lookup.Approval?.AssigneeId ?? lookup.Token?.AssigneeId;
        if (reader is { } assigneeId)
        {
            try
            {
                if (ApprovalPageText.Find((await pages.Directory.GetEmployeeAsync(assigneeId, cancellationToken))?.PreferredLanguage) is { } preferred)
                {
                    return preferred;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The language is a courtesy: a directory outage must not keep anyone from answering.
                LogDirectoryFailed(pages.Logger, ex, assigneeId);
            }
        }

        return ApprovalPageText.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
    }

    private static async Task<IResult> ProblemAsync(HttpContext context, ApprovalPageText text, ApprovalPageServices pages, int status, string title, string detail)
        => ProblemResponses.WantsJson(context.Request)
            ? ProblemResponses.Problem(status, title, detail)
            : Html.Result(await RequestPages.MessageAsync(pages.Renderer, text, title, detail), status);

    private static void NoStore(HttpContext context)
    {
        // The URL holds the token: no caching, and no Referer carrying it to other sites.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static ApprovalView View(PendingApproval a)
        => new(a.ApprovalId, a.Kind, a.EventName, a.AssigneeEmail, a.Options, a.CreatedAt, a.ExpiresAt, a.Decision?.Decision, a.Decision?.DecidedBy, a.Decision?.DecidedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Approval page for {ApprovalId} viewed ({State}) by agent {UserAgent}")]
    private static partial void LogViewed(ILogger logger, string approvalId, LookupState state, string userAgent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory lookup of {AssigneeId} for the approval page's language failed; using the browser's")]
    private static partial void LogDirectoryFailed(ILogger logger, Exception exception, string assigneeId);

    public sealed record ApprovalView(string ApprovalId, string Kind, string EventName, string Assignee, IReadOnlyList<string> Options, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string? Decision, string? DecidedBy, DateTimeOffset? DecidedAt);

    public sealed record DecisionView(string ApprovalId, string Decision, string DecidedBy, DateTimeOffset DecidedAt, bool RecordedNow);
}
