using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Web;
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
    /// <summary>A decision form is a few KB; anything much larger is not ours.</summary>
    public const long MaxFormBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapApprovalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/approvals/{token}", ShowApprovalPageAsync).WithName("ApprovalPage").ExcludeFromDescription();
        endpoints.MapPost("/api/approvals/{token}", DecideApprovalAsync).WithName("ApprovalDecision").ExcludeFromDescription()
            .WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes))
            .DisableAntiforgery();
        return endpoints;
    }

    /// <summary><c>GET /api/approvals/{token}</c>: the question and its buttons; changes nothing.</summary>
    [PublicRoute("the signed, expiring token in the link", OwnFormProtection = true)]
    public static async Task<IResult> ShowApprovalPageAsync(string token, HttpRequest request, ApprovalResolver resolver, FormProtection protection, IDirectory directory, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(loggers);
        var context = request.HttpContext;
        NoStore(context);
        var lookup = await resolver.ResolveAsync(token, cancellationToken);
        var text = await TextAsync(context, lookup, directory, loggers, cancellationToken);
        if (lookup.State == LookupState.Open)
        {
            lookup = lookup with { Approval = await SelectionDetails.WithNamesAsync(lookup.Approval!, directory, cancellationToken) };
        }

        // A GET may be a scanner: log it as a signal, never act on it.
        LogViewed(loggers.CreateLogger(typeof(ApprovalEndpoints)), lookup.Token?.ApprovalId ?? "(invalid)", lookup.State, context.Request.Headers.UserAgent.ToString());
        return lookup.State switch
        {
            LookupState.Open => Respond(context, StatusCodes.Status200OK, ApprovalPage.Open(lookup.Approval!, token, protection.Issue(context, lookup.Token!), text), () => Results.Ok(View(lookup.Approval!))),
            LookupState.Decided => Respond(context, StatusCodes.Status200OK, ApprovalPage.AlreadyDecided(lookup.Approval!, text), () => Results.Ok(View(lookup.Approval!))),
            _ => Refusal(context, lookup, text),
        };
    }

    /// <summary><c>POST /api/approvals/{token}</c>: records the answer once, then delivers its event
    /// through <paramref name="client"/>.</summary>
    [PublicRoute("the signed, expiring, single-use token in the link", OwnFormProtection = true)]
    public static async Task<IResult> DecideApprovalAsync(string token, HttpRequest request, DurableTaskClient client, ApprovalResolver resolver, FormProtection protection, ApprovalResponder responder, IDirectory directory, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(responder);
        ArgumentNullException.ThrowIfNull(loggers);
        var context = request.HttpContext;
        NoStore(context);
        // Refusals before the token is looked up are for callers, not people: English, as the API.
        var english = ApprovalPageText.English;
        if (!context.Request.HasFormContentType)
        {
            return Problem(context, english, StatusCodes.Status415UnsupportedMediaType, "Form expected", "Send the decision as application/x-www-form-urlencoded, as the page's buttons do.");
        }

        // The route's size limit covers local mode; a host that does not read route metadata gets the same limit here.
        if (context.Request.ContentLength > MaxFormBytes)
        {
            return Problem(context, english, StatusCodes.Status413PayloadTooLarge, "Form too large", $"A decision form is at most {MaxFormBytes} bytes.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > MaxFormBytes))
        {
            limit.MaxRequestBodySize = MaxFormBytes;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            return Problem(context, english, ex.StatusCode, "Form not readable", ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && !context.RequestAborted.IsCancellationRequested))
        {
            // IOException: a multipart body cut short ("Unexpected end of Stream").
            return Problem(context, english, StatusCodes.Status400BadRequest, "Form not readable", ex.Message);
        }

        var lookup = await resolver.ResolveAsync(token, cancellationToken);
        var text = await TextAsync(context, lookup, directory, loggers, cancellationToken);
        if (lookup.State == LookupState.Decided)
        {
            // Still "already decided" to the person; meanwhile an event still owed goes out now.
            await responder.RedeliverIfOwedAsync(client, lookup.Approval!, cancellationToken);
            return AlreadyDecided(context, lookup.Approval!, text);
        }

        if (lookup.State != LookupState.Open)
        {
            return Refusal(context, lookup, text);
        }

        var approval = lookup.Approval!;
        if (!protection.IsValid(context, lookup.Token!, form[FormProtection.FieldName]))
        {
            return Problem(context, text, StatusCodes.Status403Forbidden, text.FormCheckFailed.Title, text.FormCheckFailed.Text);
        }

        var decision = form["decision"].ToString();
        if (!approval.Options.Contains(decision, StringComparer.Ordinal))
        {
            return Problem(context, text, StatusCodes.Status400BadRequest, text.UnknownAnswer.Title, text.UnknownAnswer.Text(decision, string.Join(", ", approval.Options)));
        }

        var data = ApprovalForm.Read(approval, form);
        if (!data.IsValid)
        {
            return Respond(
                context,
                StatusCodes.Status400BadRequest,
                ApprovalPage.Invalid(await SelectionDetails.WithNamesAsync(approval, directory, cancellationToken), data.Errors, text),
                () => ProblemResponses.Validation(data.Errors, "The answer was not recorded: some fields are not what this request takes."));
        }

        var comment = form["comment"].ToString();
        var clientInfo = $"ip {context.RequestServices.GetRequiredService<ClientAddress>().Of(context)}; agent {context.Request.Headers.UserAgent}";
        DecisionOutcome outcome;
        try
        {
            outcome = await responder.RespondAsync(client, approval, lookup.Token!, decision, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), data.DataJson, clientInfo, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Closed between the lookup and the write (the step timed out meanwhile).
            return Refusal(context, new ApprovalLookup(LookupState.Closed, lookup.Token, approval), text);
        }

        if (!outcome.RecordedNow)
        {
            return AlreadyDecided(context, approval with { Decision = outcome.Decision }, text);
        }

        return Respond(
            context,
            StatusCodes.Status200OK,
            ApprovalPage.Recorded(approval, outcome.Decision, text),
            () => Results.Ok(new DecisionView(approval.ApprovalId, outcome.Decision.Decision, outcome.Decision.DecidedBy, outcome.Decision.DecidedAt, RecordedNow: true)));
    }

    private static IResult AlreadyDecided(HttpContext context, PendingApproval approval, ApprovalPageText text)
    {
        var d = approval.Decision!;
        return Respond(
            context,
            StatusCodes.Status409Conflict,
            ApprovalPage.AlreadyDecided(approval, text),
            () => Results.Problem(
                detail: $"Already decided by {d.DecidedBy} at {d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {d.Decision}.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Already decided",
                extensions: new Dictionary<string, object?> { ["decision"] = d.Decision, ["decidedBy"] = d.DecidedBy, ["decidedAt"] = d.DecidedAt }));
    }

    private static IResult Refusal(HttpContext context, ApprovalLookup lookup, ApprovalPageText text) => lookup.State switch
    {
        LookupState.Invalid => Problem(context, text, StatusCodes.Status400BadRequest, text.Invalid.Title, text.Invalid.Text),
        LookupState.NotFound => Problem(context, text, StatusCodes.Status404NotFound, text.NotFound.Title, text.NotFound.Text),
        LookupState.Expired => Problem(context, text, StatusCodes.Status410Gone, text.Expired.Title, text.Expired.Text),
        LookupState.Closed => Problem(context, text, StatusCodes.Status410Gone, text.Closed.Title, text.Closed.Text(lookup.Approval?.ClosedReason)),
        _ => Problem(context, text, StatusCodes.Status400BadRequest, text.Unusable.Title, text.Unusable.Text),
    };

    /// <summary>The page's language: the assignee's (the approval's, else the token's) from the
    /// directory; else, as when the token is not ours, the browser's Accept-Language; else English.
    /// JSON callers get English problem details, so they cost no directory lookup.</summary>
    private static async Task<ApprovalPageText> TextAsync(HttpContext context, ApprovalLookup lookup, IDirectory directory, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (ProblemResponses.WantsJson(context.Request))
        {
            return ApprovalPageText.English;
        }

        if ((lookup.Approval?.AssigneeId ?? lookup.Token?.AssigneeId) is { } assigneeId)
        {
            try
            {
                if (ApprovalPageText.Find((await directory.GetEmployeeAsync(assigneeId, cancellationToken))?.PreferredLanguage) is { } preferred)
                {
                    return preferred;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The language is a courtesy: a directory outage must not keep anyone from answering.
                LogDirectoryFailed(loggers.CreateLogger(typeof(ApprovalEndpoints)), ex, assigneeId);
            }
        }

        return ApprovalPageText.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
    }

    private static IResult Problem(HttpContext context, ApprovalPageText text, int status, string title, string detail)
        => Respond(context, status, ApprovalPage.Message(title, detail, text), () => ProblemResponses.Problem(status, title, detail));

    private static IResult Respond(HttpContext context, int status, string html, Func<IResult> json)
        => ProblemResponses.WantsJson(context.Request) ? json() : Html.Result(html, status);

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
