using System.Globalization;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.People;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.People;

/// <summary>
/// HR's people pages: find a person (<c>/people?q=</c>), their page (<c>/people/{employeeId}</c>) with
/// their journeys, open requests and mail, and the actions on them — download their data (the HR API's
/// export), record that they left the company (a <see cref="JourneyEvents.LeftCompany"/> event to each
/// running journey), give them a new personal link, erase them now (the eraser the API and the retention
/// sweep use). Every read of a
/// person is audited; an unknown person is a 404 with no audit line.
/// </summary>
public static class PeopleEndpoints
{
    public const int MaxResults = 25;
    public const int MaxMail = 20;

    /// <summary>The person page's query after a link renewal: <see cref="LinkRenewed"/> or <see cref="LinkUnchanged"/>.</summary>
    public const string LinkQuery = "link";

    public const string LinkRenewed = "renewed";

    public const string LinkUnchanged = "unchanged";

    /// <summary>What the erasure form's box must carry: a person must not be erased by a stray click.</summary>
    public const string Confirmed = "yes";

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/people", SearchAsync).ExcludeFromDescription();
        endpoints.MapGet("/people/{employeeId}", PersonAsync).ExcludeFromDescription();
        // Protected by the dashboard's antiforgery field and same-origin check (SameOriginGuard).
        endpoints.MapPost("/people/{employeeId}/left-company", LeftCompanyAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/people/{employeeId}/erasure", EraseAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/people/{employeeId}/personal-link", RenewLinkAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> SearchAsync(HttpContext context, IDirectorySearch search, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(search);
        var query = context.Request.Query["q"].ToString().Trim();
        var results = query.Length == 0 ? [] : await search.FindPeopleAsync(query, MaxResults, cancellationToken);
        var text = Text(context);
        return await PageAsync(context, renderer, typeof(PeopleSearch), StatusCodes.Status200OK, new()
        {
            [nameof(PeopleSearch.Text)] = text,
            [nameof(PeopleSearch.Query)] = query,
            [nameof(PeopleSearch.Results)] = results,
        });
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> PersonAsync(string employeeId, HttpContext context, PersonReader reader, DurableTaskClient client, AuditTrail trail, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(trail);
        var text = Text(context);
        if (await reader.ReadAsync(client, employeeId, cancellationToken) is not { } view)
        {
            return await NotFoundAsync(context, renderer, text, employeeId);
        }

        await trail.PersonalDataReadAsync(context, PersonalDataEraser.AuditInstance, $"person page of employee {view.EmployeeId}", cancellationToken);
        var recorded = context.Request.Query["recorded"].ToString();
        var linkText = PersonalLinkText.For(text.Language);
        string? notice = int.TryParse(recorded, NumberStyles.None, CultureInfo.InvariantCulture, out var ending)
            ? ending > 0 ? text.Format(text.LeftRecorded, ending) : text.NothingRunning
            : context.Request.Query[LinkQuery].ToString() switch
            {
                LinkRenewed when view.Employee is { } e => linkText.Format(linkText.Sent, e.DisplayName, e.Email),
                LinkUnchanged => linkText.AlreadyRenewed,
                _ => Reassignment.ReassignmentEndpoints.ManagerChangedNotice(context, view.Manager),
            };
        return await PersonPageAsync(context, renderer, text, view, StatusCodes.Status200OK, notice);
    }

    /// <summary>Ends each running journey of the person with <see cref="LeftCompany"/>, audited, then back to their page.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> LeftCompanyAsync(string employeeId, HttpContext context, PersonReader reader, DurableTaskClient client, AuditTrail trail, PageRenderer renderer, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(time);
        var text = Text(context);
        if (await reader.ReadAsync(client, employeeId, cancellationToken) is not { } view)
        {
            return await NotFoundAsync(context, renderer, text, employeeId);
        }

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        var typed = form?["lastWorkingDay"].ToString().Trim() ?? string.Empty;
        DateOnly? lastDay = null;
        if (typed.Length > 0)
        {
            if (!DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var example = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return await PersonPageAsync(context, renderer, text, view, StatusCodes.Status400BadRequest, lastWorkingDay: typed, lastWorkingDayError: text.Format(text.NotADate, example));
            }

            lastDay = day;
        }

        var actor = AuditTrail.Actor(context);
        var ended = 0;
        foreach (var journey in view.Journeys.Where(j => j.IsRunning))
        {
            await client.RaiseEventAsync(journey.Record.JourneyInstanceId, JourneyEvents.LeftCompany, new LeftCompany("recorded by HR", lastDay), cancellationToken);
            await trail.RecordAsync(actor, journey.Record.JourneyInstanceId, AuditActions.LeftCompanyRecorded, lastDay is { } d ? $"last working day {d:yyyy-MM-dd}" : null, cancellationToken);
            ended++;
        }

        return Results.Redirect($"/people/{Uri.EscapeDataString(view.EmployeeId)}?recorded={ended}");
    }

    /// <summary>Gives the person a new personal link once the box is ticked: the old one stops working and
    /// the new one goes to them by email (see <see cref="PersonalLinkRotation"/>), then back to their page.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> RenewLinkAsync(string employeeId, HttpContext context, PersonReader reader, PersonalLinkRotation rotation, DurableTaskClient client, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(rotation);
        var text = Text(context);
        if (await reader.ReadAsync(client, employeeId, cancellationToken) is not { Employee: { } person } view)
        {
            return await NotFoundAsync(context, renderer, text, employeeId);
        }

        var linkText = PersonalLinkText.For(text.Language);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        if (form?["confirm"].ToString() != Confirmed)
        {
            return await PersonPageAsync(context, renderer, text, view, StatusCodes.Status400BadRequest, confirmLinkError: linkText.NotConfirmed);
        }

        // The version the page showed; a form without a readable one is an old page: renew nothing.
        if (!int.TryParse(form["version"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            return Results.Redirect($"/people/{Uri.EscapeDataString(view.EmployeeId)}?{LinkQuery}={LinkUnchanged}");
        }

        return await rotation.RotateAsync(person, seen, AuditTrail.Actor(context), cancellationToken) switch
        {
            LinkRotationOutcome.Renewed => Results.Redirect($"/people/{Uri.EscapeDataString(view.EmployeeId)}?{LinkQuery}={LinkRenewed}"),
            LinkRotationOutcome.Erased => await PersonPageAsync(context, renderer, text, view, StatusCodes.Status409Conflict, linkText.ErasedNoLink, noticeIsError: true),
            _ => Results.Redirect($"/people/{Uri.EscapeDataString(view.EmployeeId)}?{LinkQuery}={LinkUnchanged}"),
        };
    }

    /// <summary>Erases the person now, once the box is ticked; a running journey blocks it (409), explained on the page.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> EraseAsync(string employeeId, HttpContext context, PersonReader reader, PersonalDataEraser eraser, DurableTaskClient client, PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(eraser);
        var text = Text(context);
        if (await reader.ReadAsync(client, employeeId, cancellationToken) is not { } view)
        {
            return await NotFoundAsync(context, renderer, text, employeeId);
        }

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        if (form?["confirm"].ToString() != Confirmed)
        {
            return await PersonPageAsync(context, renderer, text, view, StatusCodes.Status400BadRequest, confirmError: text.EraseNotConfirmed);
        }

        var name = view.Employee?.DisplayName ?? view.EmployeeId;
        ErasureReport report;
        try
        {
            report = await eraser.EraseAsync(client, view.EmployeeId, AuditTrail.Actor(context), "erasure requested on the person page", cancellationToken);
        }
        catch (ErasureBlockedException)
        {
            return await PersonPageAsync(context, renderer, text, view, StatusCodes.Status409Conflict, text.EraseBlocked, noticeIsError: true);
        }
        catch (UnknownPersonException)
        {
            return await NotFoundAsync(context, renderer, text, employeeId);
        }

        return await PageAsync(context, renderer, typeof(PeopleMessage), StatusCodes.Status200OK, new()
        {
            [nameof(PeopleMessage.Text)] = text,
            [nameof(PeopleMessage.Heading)] = text.EraseTitle,
            [nameof(PeopleMessage.Message)] = text.Format(text.ErasedDone, name, report.JourneysPurged.Count, report.RecordsChanged.Values.Sum()),
        });
    }

    private static PeopleText Text(HttpContext context) => PeopleText.For(DashboardText.For(context).Language);

    private static Task<IResult> NotFoundAsync(HttpContext context, PageRenderer renderer, PeopleText text, string employeeId)
        => PageAsync(context, renderer, typeof(PeopleMessage), StatusCodes.Status404NotFound, new()
        {
            [nameof(PeopleMessage.Text)] = text,
            [nameof(PeopleMessage.Heading)] = text.Title,
            [nameof(PeopleMessage.Message)] = text.Format(text.NoSuchPerson, employeeId),
            [nameof(PeopleMessage.IsError)] = true,
        });

    private static Task<IResult> PersonPageAsync(HttpContext context, PageRenderer renderer, PeopleText text, PersonView view, int status, string? notice = null, bool noticeIsError = false, string? lastWorkingDay = null, string? lastWorkingDayError = null, string? confirmError = null, string? confirmLinkError = null)
        => PageAsync(context, renderer, typeof(PersonPage), status, new()
        {
            [nameof(PersonPage.ConfirmLinkError)] = confirmLinkError,
            [nameof(PersonPage.Text)] = text,
            [nameof(PersonPage.View)] = view,
            [nameof(PersonPage.Notice)] = notice,
            [nameof(PersonPage.NoticeIsError)] = noticeIsError,
            [nameof(PersonPage.LastWorkingDay)] = lastWorkingDay,
            [nameof(PersonPage.LastWorkingDayError)] = lastWorkingDayError,
            [nameof(PersonPage.ConfirmError)] = confirmError,
        });

    private static async Task<IResult> PageAsync(HttpContext context, PageRenderer renderer, Type component, int status, Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        parameters[nameof(PersonPage.Frame)] = DashboardText.For(context);
        parameters[nameof(PersonPage.Context)] = context;
        return Html.Result(await renderer.RenderAsync(component, parameters), status);
    }
}
