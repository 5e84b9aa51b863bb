using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Api;

/// <summary>
/// The HR API's changes to a running cohort (orchestration version 4), the same as the dashboard's
/// pages (<see cref="CohortChangeEndpoints"/>) and checked by the same rules (<see cref="MeetingChangeRules"/>):
/// move or cancel one month's meeting, hand the cohort to another HR owner. 202 when the cohort takes
/// the change; 404 for an unknown cohort or meeting; 409 when the cohort has ended, started before
/// version 4, or the meeting cannot change any more; 400 naming the field otherwise. Nothing is raised
/// unless every check passes.
/// </summary>
public static partial class CohortChangeApi
{
    public static RouteGroupBuilder MapCohortChangeRoutes(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/{id}/meetings/{month}", ChangeMeetingAsync)
            .WithName("ChangeMeeting")
            .WithSummary("Move or cancel one month's meeting of a running cohort")
            .WithDescription("For cohorts started on orchestration version 4.0 or later. A meeting that has not begun may be cancelled, or moved to a later time than now within 13 days of where the plan put it; whoever was invited gets an updated invitation or a cancellation.")
            .AnswersAsAChange<MeetingChangeRequest>();
        api.MapPost("/{id}/hr-owner", ChangeOwnerAsync)
            .WithName("ChangeHrOwner")
            .WithSummary("Hand a running cohort to another HR owner")
            .WithDescription("For cohorts started on orchestration version 4.0 or later. Requests waiting for the current owner in this cohort are handed over at once; the new owner is told and gets the cohort's later requests and summaries.")
            .AnswersAsAChange<HrOwnerChangeRequest>();
        return api;
    }

    /// <summary><c>POST /api/cohorts/{id}/meetings/{month}</c> with <see cref="MeetingChangeRequest"/>.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ChangeMeetingAsync(
        string id,
        string month,
        HttpContext context,
        [FromServices] DurableTaskClient client,
        [FromServices] IProgrammeCatalog catalog,
        [FromServices] LocalModeOptions options,
        [FromServices] PublicUrls urls,
        [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        var (document, problem) = await JsonBody.ReadAsync(context, options, "the change", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        DateTime? newStart;
        using (document)
        {
            if (ReadMeetingChange(document!.RootElement, out newStart) is { } invalid)
            {
                return ProblemResponses.Validation(invalid);
            }
        }

        var state = await CohortChangeState.LoadAsync(client, catalog, id, cancellationToken);
        if (Refusal(state, id) is { } refused)
        {
            return refused;
        }

        var number = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var slot = state!.Calendar!.Meetings.FirstOrDefault(s => s.Month == number);
        switch (MeetingChangeRules.Check(slot, newStart, time.GetUtcNow().UtcDateTime))
        {
            case null:
                break;
            case MeetingChangeProblem.UnknownMonth:
                return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown meeting", $"Cohort '{id}' has no meeting '{month}' this term.");
            case MeetingChangeProblem.AlreadyCancelled:
                return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Meeting cancelled", $"Meeting {number} of cohort '{id}' is cancelled; it cannot be changed any more.");
            case MeetingChangeProblem.AlreadyStarted:
                return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Meeting begun", $"Meeting {number} of cohort '{id}' has begun or been held; it cannot be changed any more.");
            case MeetingChangeProblem.NotInFuture:
                return StartInvalid("must be later than now.");
            case MeetingChangeProblem.Unchanged:
                return StartInvalid("is the meeting's start already.");
            default:
                return StartInvalid(string.Create(CultureInfo.InvariantCulture, $"must be within {MeetingChangeRules.MaxShift.TotalDays:0} days of the planned start, {new DateTimeOffset(slot!.PlannedUtc, TimeSpan.Zero):yyyy-MM-dd'T'HH:mm:ss'Z'}."));
        }

        await client.RaiseEventAsync(id, CohortEvents.MeetingChanged, new MeetingChange(slot!.Month, newStart, AuditTrail.Actor(context)), cancellationToken);
        return Accepted(id, urls);
    }

    /// <summary><c>POST /api/cohorts/{id}/hr-owner</c> with <see cref="HrOwnerChangeRequest"/>.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ChangeOwnerAsync(
        string id,
        HttpContext context,
        [FromServices] DurableTaskClient client,
        [FromServices] IProgrammeCatalog catalog,
        [FromServices] LocalModeOptions options,
        [FromServices] PublicUrls urls,
        [FromServices] IDirectory directory,
        [FromServices] IApprovalAssignment assignment,
        [FromServices] RequestHandOver handOver,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var (document, problem) = await JsonBody.ReadAsync(context, options, "the new owner", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        string? employeeId;
        using (document)
        {
            employeeId = document!.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("employeeId", out var given)
                && given.ValueKind == JsonValueKind.String
                    ? given.GetString()?.Trim()
                    : null;
        }

        if (string.IsNullOrEmpty(employeeId))
        {
            return Invalid("employeeId", "Required: the new HR owner's employee id.");
        }

        if (await directory.GetEmployeeAsync(employeeId, cancellationToken) is not { } owner)
        {
            return Invalid("employeeId", $"No employee '{employeeId}' in the directory.");
        }

        var state = await CohortChangeState.LoadAsync(client, catalog, id, cancellationToken);
        if (Refusal(state, id) is { } refused)
        {
            return refused;
        }

        var current = state!.Calendar!.HrOwnerId;
        if (string.Equals(owner.Id, current, StringComparison.Ordinal))
        {
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Already the owner", $"'{owner.Id}' is the HR owner of cohort '{id}' already.");
        }

        await HrOwnerChangeCommand.ChangeAsync(client, assignment, handOver, directory, id, current, owner, AuditTrail.Actor(context), cancellationToken);
        return Accepted(id, urls);
    }

    /// <summary>Null when the body asks one clear change; otherwise the fields' errors.</summary>
    private static Dictionary<string, string[]>? ReadMeetingChange(JsonElement root, out DateTime? newStartUtc)
    {
        newStartUtc = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new() { ["body"] = ["Send an object: {\"start\": \"2027-02-11T14:00:00+01:00\"} or {\"cancel\": true}."] };
        }

        var cancel = root.TryGetProperty("cancel", out var c) && c.ValueKind == JsonValueKind.True;
        if (root.TryGetProperty("cancel", out c) && c.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            return new() { ["cancel"] = ["Must be true or false."] };
        }

        var hasStart = root.TryGetProperty("start", out var s) && s.ValueKind != JsonValueKind.Null;
        if (cancel)
        {
            return hasStart ? new() { ["start"] = ["Give a new start or \"cancel\": true, not both."] } : null;
        }

        if (!hasStart)
        {
            return new() { ["start"] = ["Required: the new start, or \"cancel\": true."] };
        }

        // An offset is required: a time without one would be read in a zone the caller did not name.
        if (s.ValueKind != JsonValueKind.String
            || !WithOffset().IsMatch(s.GetString()!)
            || !DateTimeOffset.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return new() { ["start"] = ["Must be an ISO 8601 date and time with its offset, e.g. 2027-02-11T14:00:00+01:00."] };
        }

        newStartUtc = start.UtcDateTime;
        return null;
    }

    /// <summary>What both changes take and answer, for the OpenAPI document.</summary>
    private static RouteHandlerBuilder AnswersAsAChange<TBody>(this RouteHandlerBuilder operation)
        where TBody : notnull
        => operation
            .Accepts<TBody>("application/json")
            .Produces<CohortChangeAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();

    private static IResult? Refusal(CohortChangeState? state, string id)
        => state is null ? ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{id}'.")
            : !state.Running ? ProblemResponses.Problem(StatusCodes.Status409Conflict, "Cohort not running", $"Cohort '{id}' has ended; it takes no changes.")
            : state.Calendar is null ? ProblemResponses.Problem(StatusCodes.Status409Conflict, "Cohort keeps its plan",
                $"Cohort '{id}' started before meetings and owners could be changed (orchestration version 4.0); it keeps its plan and owner.")
            : null;

    private static IResult StartInvalid(string why) => Invalid("start", $"The new start {why}");

    private static IResult Invalid(string field, string why) => ProblemResponses.Validation(new Dictionary<string, string[]> { [field] = [why] });

    private static IResult Accepted(string id, PublicUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var follow = urls.Absolute($"api/cohorts/{Uri.EscapeDataString(id)}");
        return Results.Accepted(follow.AbsoluteUri, new CohortChangeAccepted(id, follow));
    }

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
