using System.Globalization;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.People;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// HR's changes to a running cohort (orchestration version 4), each a page with one form: move or
/// cancel one month's meeting (<c>/cohorts/{id}/meetings/{month}</c>) and hand the cohort to another
/// HR owner (<c>/cohorts/{id}/hr-owner</c>). GET shows what is asked and what happens next; POST checks
/// the form (errors name the field, what was typed is kept, nothing is changed), raises the event the
/// cohort takes, and goes back to the cohort page. The dashboard's antiforgery field and same-origin
/// check come from <see cref="SameOriginGuard"/>, as for every dashboard form.
/// </summary>
public static class CohortChangeEndpoints
{
    public const string MeetingRoute = "/cohorts/{id}/meetings/{month}";
    public const string OwnerRoute = "/cohorts/{id}/hr-owner";

    public static string MeetingPath(string cohortId, int month) => $"/cohorts/{Uri.EscapeDataString(cohortId)}/meetings/{month.ToString(CultureInfo.InvariantCulture)}";

    public static string OwnerPath(string cohortId) => $"/cohorts/{Uri.EscapeDataString(cohortId)}/hr-owner";

    public static IEndpointRouteBuilder MapCohortChanges(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(MeetingRoute, MeetingPageAsync).ExcludeFromDescription();
        endpoints.MapPost(MeetingRoute, ChangeMeetingAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapGet(OwnerRoute, OwnerPageAsync).ExcludeFromDescription();
        endpoints.MapPost(OwnerRoute, ChangeOwnerAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> MeetingPageAsync(string id, string month, HttpContext context, DurableTaskClient client, IProgrammeCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        var state = await CohortChangeState.LoadAsync(client, catalog, id, cancellationToken);
        if (Refusal(context, state, id, MonthOf(month), time.GetUtcNow().UtcDateTime) is { } refused)
        {
            return await refused;
        }

        var slot = Slot(state!, MonthOf(month))!;
        var local = TimeZoneInfo.ConvertTimeFromUtc(slot.StartUtc!.Value, state!.Zone);
        return await MeetingFormAsync(context, state, slot, StatusCodes.Status200OK, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture), null);
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ChangeMeetingAsync(string id, string month, HttpContext context, DurableTaskClient client, IProgrammeCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        // Read first: a body that cannot be read is a 400 whatever the cohort.
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        var now = time.GetUtcNow().UtcDateTime;
        var state = await CohortChangeState.LoadAsync(client, catalog, id, cancellationToken);
        if (Refusal(context, state, id, MonthOf(month), now) is { } refused)
        {
            return await refused;
        }

        var slot = Slot(state!, MonthOf(month))!;
        var say = CohortChangeText.For(DashboardText.For(context).Language);
        var (date, clock) = (form?["date"].ToString().Trim() ?? string.Empty, form?["time"].ToString().Trim() ?? string.Empty);
        DateTime? newStart = null;
        if (!string.Equals(form?["action"].ToString(), "cancel", StringComparison.Ordinal))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return await MeetingFormAsync(context, state!, slot, StatusCodes.Status400BadRequest, date, clock, say.DateMissing);
            }

            if (!TimeOnly.TryParseExact(clock, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                return await MeetingFormAsync(context, state!, slot, StatusCodes.Status400BadRequest, date, clock, say.TimeMissing);
            }

            newStart = ToUtc(day, at, state!.Zone);
        }

        switch (MeetingChangeRules.Check(slot, newStart, now))
        {
            case null:
                break;
            case MeetingChangeProblem.NotInFuture:
                return await MeetingFormAsync(context, state!, slot, StatusCodes.Status400BadRequest, date, clock, say.NotInFuture);
            case MeetingChangeProblem.TooFarFromPlan:
                return await MeetingFormAsync(context, state!, slot, StatusCodes.Status400BadRequest, date, clock, say.TooFar);
            case MeetingChangeProblem.Unchanged:
                return await MeetingFormAsync(context, state!, slot, StatusCodes.Status400BadRequest, date, clock, say.Unchanged);
            case var problem:
                return await MessageAsync(context, state!.CohortId, StatusCodes.Status409Conflict, problem == MeetingChangeProblem.AlreadyCancelled ? say.AlreadyCancelled : say.AlreadyStarted);
        }

        await client.RaiseEventAsync(id, CohortEvents.MeetingChanged, new MeetingChange(slot.Month, newStart, AuditTrail.Actor(context)), cancellationToken);
        return Results.Redirect($"/cohorts/{Uri.EscapeDataString(id)}#meetings");
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> OwnerPageAsync(string id, HttpContext context, DurableTaskClient client, IProgrammeCatalog catalog, IDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = await CohortChangeState.LoadAsync(client, catalog, id, cancellationToken);
        if (OwnerRefusal(context, state, id) is { } refused)
        {
            return await refused;
        }

        return await OwnerFormAsync(context, state!, directory, StatusCodes.Status200OK, string.Empty, null, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ChangeOwnerAsync(string id, HttpContext context, DurableTaskClient client, IProgrammeCatalog catalog, IDirectory directory, IDirectorySearch search, IApprovalAssignment assignment, RequestHandOver handOver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(handOver);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        var state = await CohortChangeState.LoadAsync(client, catalog, id, cancellationToken);
        if (OwnerRefusal(context, state, id) is { } refused)
        {
            return await refused;
        }

        var say = CohortChangeText.For(DashboardText.For(context).Language);
        var typed = form?["owner"].ToString().Trim() ?? string.Empty;
        if (typed.Length == 0)
        {
            return await OwnerFormAsync(context, state!, directory, StatusCodes.Status400BadRequest, typed, say.OwnerMissing, cancellationToken);
        }

        var match = await PersonMatch.ResolveAsync(search, typed, cancellationToken);
        if (match.Employee is not { } owner)
        {
            return await OwnerFormAsync(context, state!, directory, StatusCodes.Status400BadRequest, typed, string.Format(CultureInfo.InvariantCulture, say.OwnerUnknown, typed), cancellationToken);
        }

        var current = state!.Calendar!.HrOwnerId;
        if (string.Equals(owner.Id, current, StringComparison.Ordinal))
        {
            return await OwnerFormAsync(context, state, directory, StatusCodes.Status400BadRequest, typed, say.OwnerSame, cancellationToken);
        }

        await HrOwnerChangeCommand.ChangeAsync(client, assignment, handOver, directory, id, current, owner, AuditTrail.Actor(context), cancellationToken);
        return Results.Redirect($"/cohorts/{Uri.EscapeDataString(id)}");
    }

    /// <summary>A local date and time in the programme's zone, in UTC (a time skipped by a clock change moves forward).</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(at, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The month in the path; 0 (no such meeting: a 404 page) when it is not a number.</summary>
    private static int MonthOf(string month)
        => int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static MeetingSlot? Slot(CohortChangeState state, int month) => state.Calendar?.Meetings.FirstOrDefault(m => m.Month == month);

    /// <summary>A page saying why this meeting cannot be changed, or null when it can.</summary>
    private static Task<IResult>? Refusal(HttpContext context, CohortChangeState? state, string id, int month, DateTime now)
    {
        if (OwnerRefusal(context, state, id) is { } refused)
        {
            return refused;
        }

        var say = CohortChangeText.For(DashboardText.For(context).Language);
        return MeetingChangeRules.Check(Slot(state!, month), null, now) switch
        {
            null => null,
            MeetingChangeProblem.UnknownMonth => MessageAsync(context, id, StatusCodes.Status404NotFound, say.UnknownMonth),
            MeetingChangeProblem.AlreadyCancelled => MessageAsync(context, id, StatusCodes.Status409Conflict, say.AlreadyCancelled),
            _ => MessageAsync(context, id, StatusCodes.Status409Conflict, say.AlreadyStarted),
        };
    }

    private static Task<IResult>? OwnerRefusal(HttpContext context, CohortChangeState? state, string id)
    {
        var text = DashboardText.For(context);
        var say = CohortChangeText.For(text.Language);
        if (state is null)
        {
            return Task.FromResult<IResult>(new ComponentPageResult(typeof(DashboardNotFoundPage), new Dictionary<string, object?>
            {
                [nameof(DashboardNotFoundPage.Text)] = text,
                [nameof(DashboardNotFoundPage.Heading)] = text.Format(text.NoCohort, id),
            }, StatusCodes.Status404NotFound));
        }

        return !state.Running ? MessageAsync(context, id, StatusCodes.Status409Conflict, say.NotRunning)
            : state.Calendar is null ? MessageAsync(context, id, StatusCodes.Status409Conflict, say.OlderVersion)
            : null;
    }

    private static Task<IResult> MessageAsync(HttpContext context, string cohortId, int status, string why)
    {
        var text = DashboardText.For(context);
        var say = CohortChangeText.For(text.Language);
        return Task.FromResult<IResult>(new ComponentPageResult(typeof(DashboardMessagePage), new Dictionary<string, object?>
        {
            [nameof(DashboardMessagePage.Text)] = text,
            [nameof(DashboardMessagePage.Heading)] = say.CannotChangeHeading,
            [nameof(DashboardMessagePage.Detail)] = why,
            [nameof(DashboardMessagePage.BackPath)] = $"/cohorts/{Uri.EscapeDataString(cohortId)}",
            [nameof(DashboardMessagePage.BackLabel)] = say.BackToCohort,
        }, status));
    }

    private static Task<IResult> MeetingFormAsync(HttpContext context, CohortChangeState state, MeetingSlot slot, int status, string date, string time, string? error)
        => Task.FromResult<IResult>(new ComponentPageResult(typeof(MeetingChangePage), new Dictionary<string, object?>
        {
            [nameof(MeetingChangePage.Text)] = DashboardText.For(context).InZone(state.Zone),
            [nameof(MeetingChangePage.Context)] = context,
            [nameof(MeetingChangePage.CohortId)] = state.CohortId,
            [nameof(MeetingChangePage.Slot)] = slot,
            [nameof(MeetingChangePage.Date)] = date,
            [nameof(MeetingChangePage.Time)] = time,
            [nameof(MeetingChangePage.Error)] = error,
        }, status));

    private static async Task<IResult> OwnerFormAsync(HttpContext context, CohortChangeState state, IDirectory directory, int status, string typed, string? error, CancellationToken cancellationToken)
    {
        var owner = await directory.GetEmployeeAsync(state.Calendar!.HrOwnerId, cancellationToken);
        return new ComponentPageResult(typeof(HrOwnerPage), new Dictionary<string, object?>
        {
            [nameof(HrOwnerPage.Text)] = DashboardText.For(context),
            [nameof(HrOwnerPage.Context)] = context,
            [nameof(HrOwnerPage.CohortId)] = state.CohortId,
            [nameof(HrOwnerPage.OwnerName)] = owner?.DisplayName ?? state.Calendar.HrOwnerId,
            [nameof(HrOwnerPage.Typed)] = typed,
            [nameof(HrOwnerPage.Error)] = error,
        }, status);
    }
}
