using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components.Personal;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>
/// A person's own page behind their personal link (<c>/me/{token}</c>): GET only shows (mail scanners
/// fetch links); every action is a POST that first shows what it will do and acts only when that
/// confirmation is posted back (<c>confirm=yes</c>), with the page's antiforgery field. Decisions go
/// through <see cref="ApprovalResponder"/>, the single-request link's path, so each is recorded and
/// delivered exactly once whichever page it came from. A tampered link is a 400 page, a revoked
/// (rotated or erased) one a 410 page, in the reader's language. The token is never logged.
/// </summary>
public static class PersonalEndpoints
{
    public const string Confirmed = "yes";
    public const long MaxFormBytes = 64 * 1024;
    public const int MaxTextLength = 2000;
    public const string DecisionPrefix = "d:";
    public const string ReasonPrefix = "r:";

    private static readonly FormOptions FormLimits = new() { ValueCountLimit = 1000, MultipartBodyLengthLimit = MaxFormBytes };

    public static IEndpointRouteBuilder MapPersonalPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/me/{token}", ShowAsync).ExcludeFromDescription();
        endpoints.MapGet("/me/{token}/meeting.ics", MeetingAsync).ExcludeFromDescription();
        // Protected by the page's own signed double-submit field (PersonalFormProtection).
        endpoints.MapPost("/me/{token}/requests", DecideAsync).ExcludeFromDescription().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes));
        endpoints.MapPost("/me/{token}/step-down", StepDownAsync).ExcludeFromDescription().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes));
        endpoints.MapPost("/me/{token}/ideas", ShareAsync).ExcludeFromDescription().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes));
        return endpoints;
    }

    /// <summary><c>GET /me/{token}</c>: the person's requests and programme; changes nothing.</summary>
    [PublicRoute("the signed personal link (revocable by its link version)", OwnFormProtection = true)]
    public static async Task<IResult> ShowAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var (refusal, view) = await OpenAsync(token, request, client, pages, cancellationToken);
        return refusal ?? Html.Result(await PersonalPages.HomeAsync(pages.Renderer, view!));
    }

    /// <summary><c>GET /me/{token}/meeting.ics</c>: the next meeting as a calendar file.</summary>
    [PublicRoute("the signed personal link (revocable by its link version)", OwnFormProtection = true)]
    public static async Task<IResult> MeetingAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var (refusal, view) = await OpenAsync(token, request, client, pages, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (view!.Programme is not { NextMeeting: { } start, Page.Programme: not null } programme)
        {
            return await MessageAsync(pages, view.Text, StatusCodes.Status404NotFound, view.Say.NextMeeting, view.Say.NoMeeting);
        }

        var ics = PersonalPageReader.MeetingIcs(programme, view, start, pages.Time.GetUtcNow());
        return Results.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "meeting.ics");
    }

    /// <summary><c>POST /me/{token}/requests</c>: the chosen decisions, shown for confirmation; with
    /// <c>confirm=yes</c>, each recorded and delivered through the single-request path.</summary>
    [PublicRoute("the signed personal link and the page's own form field", OwnFormProtection = true)]
    public static async Task<IResult> DecideAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var (refusal, posted) = await ReadPostAsync(token, request, client, pages, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (context, me, form, view) = posted!;
        var choices = new List<RequestChoice>();
        foreach (var (key, value) in form)
        {
            if (!key.StartsWith(DecisionPrefix, StringComparison.Ordinal) || value.ToString() is not ("approve" or "reject") || value.Count != 1)
            {
                continue;
            }

            var approvalId = key[DecisionPrefix.Length..];
            var reason = form[ReasonPrefix + approvalId].ToString().Trim();
            choices.Add(new RequestChoice(approvalId, value.ToString(), reason.Length == 0 ? null : reason[..Math.Min(reason.Length, MaxTextLength)]));
        }

        if (choices.Count == 0)
        {
            return Html.Result(await PersonalPages.DoneAsync(pages.Renderer, view, view.Say.DoneTitle, view.Say.NothingChosen, []));
        }

        if (form["confirm"].ToString() != Confirmed)
        {
            // Only requests still on the person's page can be confirmed; others are said to be closed after confirming.
            return Html.Result(await PersonalPages.ConfirmRequestsAsync(pages.Renderer, view, choices));
        }

        var lines = new List<string>();
        var clientInfo = $"personal page; ip {context.RequestServices.GetRequiredService<ClientAddress>().Of(context)}; agent {context.Request.Headers.UserAgent}";
        foreach (var choice in choices)
        {
            lines.Add(await ApplyAsync(choice, me, view, client, pages, clientInfo, cancellationToken));
        }

        return Html.Result(await PersonalPages.DoneAsync(pages.Renderer, view, view.Say.DoneTitle, view.Say.DoneLead, lines));
    }

    /// <summary><c>POST /me/{token}/step-down</c>: says what stepping down means; with <c>confirm=yes</c>,
    /// answers the journey's standing step-down request as its own link does.</summary>
    [PublicRoute("the signed personal link and the page's own form field", OwnFormProtection = true)]
    public static async Task<IResult> StepDownAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var (refusal, posted) = await ReadPostAsync(token, request, client, pages, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (context, me, form, view) = posted!;
        if (view.Programme?.StepDown is not { } stepDown)
        {
            return await MessageAsync(pages, view.Text, StatusCodes.Status410Gone, view.Text.Closed.Title, view.Text.Closed.Text(null));
        }

        if (form["confirm"].ToString() != Confirmed)
        {
            return Html.Result(await PersonalPages.ConfirmStepDownAsync(pages.Renderer, view));
        }

        var reason = form["reason"].ToString().Trim();
        var line = await RespondAsync(stepDown, Decisions(stepDown), reason.Length == 0 ? null : reason[..Math.Min(reason.Length, MaxTextLength)], me, client, pages, $"personal page; agent {context.Request.Headers.UserAgent}", cancellationToken);
        var text = line switch
        {
            Outcome.Recorded => view.Say.StepDownDone,
            Outcome.AlreadyDecided => view.Text.AlreadyDecidedTitle,
            _ => view.Text.Closed.Text(null),
        };
        return Html.Result(await PersonalPages.DoneAsync(pages.Renderer, view, view.Say.StepDownTitle, text, []));

        static string Decisions(PendingApproval approval) => approval.Options.FirstOrDefault() ?? "step-down";
    }

    /// <summary><c>POST /me/{token}/ideas</c>: the message shown back for confirmation; with
    /// <c>confirm=yes</c>, kept once (by the id the confirmation page carries) for the cohort's HR.</summary>
    [PublicRoute("the signed personal link and the page's own form field", OwnFormProtection = true)]
    public static async Task<IResult> ShareAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var (refusal, posted) = await ReadPostAsync(token, request, client, pages, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (context, me, form, view) = posted!;
        if (view.Programme is not { } programme)
        {
            return await MessageAsync(pages, view.Text, StatusCodes.Status410Gone, view.Text.Closed.Title, view.Text.Closed.Text(null));
        }

        var kind = form["kind"].ToString() == CohortIdea.Situation ? CohortIdea.Situation : CohortIdea.Idea;
        var text = form["text"].ToString().Trim();
        var error = text.Length == 0 ? view.Say.TextMissing(view.Say.TextLabel)
            : text.Length > MaxTextLength ? programme.Page.Say.TooLongError(view.Say.TextLabel, MaxTextLength)
            : null;
        if (error is not null)
        {
            // Nothing kept: the page again, with what was typed and the field marked, in the person's language.
            return Html.Result(await PersonalPages.HomeAsync(pages.Renderer, view, new IdeaForm(kind, form["text"].ToString(), error)), StatusCodes.Status400BadRequest);
        }

        var ideaId = form["idea"].ToString();
        if (form["confirm"].ToString() != Confirmed || !Guid.TryParseExact(ideaId, "N", out _))
        {
            return Html.Result(await PersonalPages.ConfirmIdeaAsync(pages.Renderer, view, new IdeaForm(kind, text, null), Guid.NewGuid().ToString("N")));
        }

        await pages.Store.AddIdeaAsync(new CohortIdea(CohortReadModel.CohortOf(programme.Page.Approval.InstanceId), ideaId, me.EmployeeId, kind, text, pages.Time.GetUtcNow()), cancellationToken);
        return Html.Result(await PersonalPages.DoneAsync(pages.Renderer, view, view.Say.ShareTitle, view.Say.ShareDone, []));
    }

    private static async Task<string> ApplyAsync(RequestChoice choice, PersonalToken me, PersonalView view, DurableTaskClient client, PersonalPageServices pages, string clientInfo, CancellationToken cancellationToken)
    {
        var approval = await pages.Approvals.GetAsync(choice.ApprovalId, cancellationToken);
        // Only this person's own requests of the kinds the page offers: anything else is "no longer open".
        if (approval is null || approval.AssigneeId != me.EmployeeId || !PersonalPageReader.IsManagerRequest(approval) || !approval.Options.Contains(choice.Decision, StringComparer.Ordinal))
        {
            return view.Say.NoLongerOpen(view.Text.Request.Employee);
        }

        var name = view.Requests.FirstOrDefault(r => r.Approval.ApprovalId == approval.ApprovalId)?.SubjectName
            ?? (await NameAsync(approval, client, pages, cancellationToken)) ?? view.Text.Request.Employee;
        return await RespondAsync(approval, choice.Decision, choice.Decision == "reject" ? choice.Reason : null, me, client, pages, clientInfo, cancellationToken) switch
        {
            Outcome.Recorded => view.Say.Recorded(name),
            Outcome.AlreadyDecided => view.Say.AlreadyDecided(name),
            _ => view.Say.NoLongerOpen(name),
        };
    }

    /// <summary>The single-request link's path: same checks (decided, closed, expired, round ended), same responder.</summary>
    private static async Task<Outcome> RespondAsync(PendingApproval approval, string decision, string? comment, PersonalToken me, DurableTaskClient client, PersonalPageServices pages, string clientInfo, CancellationToken cancellationToken)
    {
        if (approval.Decision is not null)
        {
            await pages.Responder.RedeliverIfOwedAsync(client, approval, cancellationToken);
            return Outcome.AlreadyDecided;
        }

        if (approval.ClosedReason is not null || approval.ExpiresAt <= pages.Time.GetUtcNow())
        {
            return Outcome.Closed;
        }

        var lookup = await ApprovalEndpoints.WithRoundAsync(new ApprovalLookup(LookupState.Open, null, approval), client, cancellationToken);
        if (lookup.State != LookupState.Open)
        {
            return Outcome.Closed;
        }

        // The audit line names the personal link's key and version instead of an approval token's nonce.
        var token = new ApprovalToken(approval.ApprovalId, me.EmployeeId, approval.EventName, approval.ExpiresAt, $"personal link v{me.LinkVersion}", me.KeyId);
        try
        {
            var outcome = await pages.Responder.RespondAsync(client, approval, token, decision, comment, null, clientInfo, cancellationToken);

            // Null: HR handed the request to someone else meanwhile, so it is no longer this person's to decide.
            return outcome is null ? Outcome.Closed : outcome.RecordedNow ? Outcome.Recorded : Outcome.AlreadyDecided;
        }
        catch (InvalidOperationException)
        {
            // Closed between the read and the write (timed out meanwhile).
            return Outcome.Closed;
        }
    }

    private static async Task<string?> NameAsync(PendingApproval approval, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        try
        {
            var instance = await client.GetInstanceAsync(approval.InstanceId, getInputsAndOutputs: true, cancellationToken);
            return instance?.ReadInputAs<JourneyInput>()?.EmployeeId is { } id ? (await pages.Directory.GetEmployeeAsync(id, cancellationToken))?.DisplayName : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The GETs: the link checked, then the person's page as it stands.</summary>
    private static async Task<(IResult? Refusal, PersonalView? View)> OpenAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pages);
        var context = request.HttpContext;
        NoStore(context);
        var (refusal, me) = await CheckAsync(context, token, pages, cancellationToken);
        return refusal is not null ? (refusal, null) : (null, await ViewAsync(context, token, me!, client, pages, cancellationToken));
    }

    private static async Task<PersonalView> ViewAsync(HttpContext context, string token, PersonalToken me, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var field = pages.Protection.Issue(context, me);
        return await pages.Reader.ReadAsync(me, field, context.Request.Headers.AcceptLanguage.ToString(), client, cancellationToken) with { Token = token };
    }

    /// <summary>The link checked in full; a refusal page in the reader's language when it does not open a page.</summary>
    private static async Task<(IResult? Refusal, PersonalToken? Me)> CheckAsync(HttpContext context, string token, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        var (check, parsed) = await pages.Links.CheckAsync(token, cancellationToken);
        if (check == PersonalLinkCheck.Valid)
        {
            return (null, parsed);
        }

        var text = await TextAsync(context, parsed, pages, cancellationToken);
        var say = PersonalTexts.For(text.Language);
        return check == PersonalLinkCheck.Invalid
            ? (await MessageAsync(pages, text, StatusCodes.Status400BadRequest, say.LinkInvalid.Title, say.LinkInvalid.Text), null)
            : (await MessageAsync(pages, text, StatusCodes.Status410Gone, say.LinkRevoked.Title, say.LinkRevoked.Text), null);
    }

    /// <summary>The POSTs: the link checked, the form read within its limits and its antiforgery field
    /// checked, then the person's page as it stands.</summary>
    private static async Task<(IResult? Refusal, PostedForm? Posted)> ReadPostAsync(string token, HttpRequest request, DurableTaskClient client, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pages);
        var context = request.HttpContext;
        NoStore(context);
        var (refusal, me) = await CheckAsync(context, token, pages, cancellationToken);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var text = await TextAsync(context, me, pages, cancellationToken);
        if (!context.Request.HasFormContentType || context.Request.ContentLength > MaxFormBytes)
        {
            return (await MessageAsync(pages, text, StatusCodes.Status400BadRequest, text.Unusable.Title, text.Unusable.Text), null);
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
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException || (ex is IOException && !context.RequestAborted.IsCancellationRequested))
        {
            return (await MessageAsync(pages, text, ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest, text.Unusable.Title, text.Unusable.Text), null);
        }

        if (!pages.Protection.IsValid(context, me!, form[FormProtection.FieldName]))
        {
            var say = PersonalTexts.For(text.Language);
            return (await MessageAsync(pages, text, StatusCodes.Status403Forbidden, say.FormCheckFailed.Title, say.FormCheckFailed.Text), null);
        }

        return (null, new PostedForm(context, me!, form, await ViewAsync(context, token, me!, client, pages, cancellationToken)));
    }

    /// <summary>The person's language from the directory when the link names them; else the browser's.</summary>
    private static async Task<ApprovalPageText> TextAsync(HttpContext context, PersonalToken? me, PersonalPageServices pages, CancellationToken cancellationToken)
    {
        if (me is not null && ApprovalPageText.Find((await pages.Directory.GetEmployeeAsync(me.EmployeeId, cancellationToken))?.PreferredLanguage) is { } preferred)
        {
            return preferred;
        }

        return ApprovalPageText.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
    }

    private static async Task<IResult> MessageAsync(PersonalPageServices pages, ApprovalPageText text, int status, string title, string message)
        => Html.Result(await RequestPages.MessageAsync(pages.Renderer, text, title, message), status);

    private static void NoStore(HttpContext context)
    {
        // The URL holds the personal link: no caching, and no Referer carrying it to other sites.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private sealed record PostedForm(HttpContext Context, PersonalToken Me, IFormCollection Form, PersonalView View);

    private enum Outcome
    {
        Recorded,
        AlreadyDecided,
        Closed,
    }
}

/// <summary>One decision chosen on the page: approve or reject, with the reason given for a decline.</summary>
public sealed record RequestChoice(string ApprovalId, string Decision, string? Reason);

/// <summary>What was typed in "share an idea", with the refusal when it could not be kept.</summary>
public sealed record IdeaForm(string Kind, string Text, string? Error);
