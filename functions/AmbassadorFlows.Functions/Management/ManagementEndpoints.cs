using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Management;

/// <summary>
/// The Durable Functions HTTP management API under <c>/runtime/webhooks/durabletask</c>, with
/// Azure's routes, query parameters, status codes and JSON shapes, so scripts and tools written
/// for Durable Functions work against local mode (in Azure the extension serves the same routes).
/// Local mode only, over the runtime's <see cref="DurableTaskClient"/> from DI.
/// </summary>
public static class ManagementEndpoints
{
    public const string BasePath = "/runtime/webhooks/durabletask";
    public const string TaskHub = "AmbassadorFlows";
    public const string Connection = "Storage";
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>Who the audit names for management calls: whoever holds the key.</summary>
    private const string Actor = "management key";

    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(BasePath).WithMetadata(new PublicRouteAttribute("the management key")).AddEndpointFilter<ManagementKeyFilter>().ExcludeFromDescription().DisableAntiforgery();
        api.MapPost("/orchestrators/{functionName}/{instanceId?}", StartAsync);
        api.MapGet("/instances/{instanceId}", GetStatusAsync);
        api.MapGet("/instances", ListAsync);
        api.MapPost("/instances/{instanceId}/raiseEvent/{eventName}", RaiseEventAsync);
        api.MapPost("/instances/{instanceId}/terminate", (string instanceId, string? reason, DurableTaskClient client, AuditTrail trail, CancellationToken ct)
            => CommandAsync(instanceId, InstanceOperations.TerminateAsync(client, trail, Actor, instanceId, reason, ct)));
        api.MapPost("/instances/{instanceId}/suspend", (string instanceId, string? reason, DurableTaskClient client, AuditTrail trail, CancellationToken ct)
            => CommandAsync(instanceId, InstanceOperations.SuspendAsync(client, trail, Actor, instanceId, reason, ct)));
        api.MapPost("/instances/{instanceId}/resume", (string instanceId, string? reason, DurableTaskClient client, AuditTrail trail, CancellationToken ct)
            => CommandAsync(instanceId, InstanceOperations.ResumeAsync(client, trail, Actor, instanceId, reason, ct)));
        api.MapPost("/instances/{instanceId}/rewind", () => ProblemResponses.Problem(StatusCodes.Status501NotImplemented, "Rewind is not offered", "Rewind is a preview feature of Durable Functions; restart the instance instead."));
        api.MapPost("/instances/{instanceId}/restart", RestartAsync);
        api.MapDelete("/instances/{instanceId}", PurgeOneAsync);
        api.MapDelete("/instances", PurgeManyAsync);
        return endpoints;
    }

    /// <summary>
    /// Start, with Azure's semantics for an explicit instance id: an id whose instance is pending,
    /// running or suspended gets 409, but the id of a finished one (completed, failed, terminated)
    /// starts a new execution that replaces it. Unlike <c>POST /api/cohorts</c>, which refuses any
    /// used cohort id, a cohort restarted this way keeps its id and so meets its previous run's
    /// approvals (decided ones stay decided) and sent emails (not sent again).
    /// </summary>
    private static async Task<IResult> StartAsync(string functionName, string? instanceId, HttpContext context, DurableTaskClient client, LocalSecrets secrets, PublicUrls urls, CancellationToken cancellationToken)
    {
        var (input, error) = await ReadJsonAsync(context.Request, requireJsonContentType: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // The runtime would accept any name and fail the instance; Durable answers 400 up front.
        if (OrchestratorName(functionName) is not { } name)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Unknown orchestrator", $"No orchestrator '{functionName}'. Known: {string.Join(", ", AmbassadorWorkflows.Orchestrators.Select(t => t.Name))}.");
        }

        var id = string.IsNullOrWhiteSpace(instanceId) ? null : instanceId;
        if (id is not null && await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is { IsCompleted: false } existing)
        {
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Instance exists", $"Instance '{id}' is {existing.RuntimeStatus}.");
        }

        try
        {
            id = await client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions(id), cancellationToken);
        }
        catch (OrchestrationAlreadyExistsException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Instance exists", ex.Message);
        }

        return CheckStatus(id, secrets, urls);
    }

    private static async Task<IResult> GetStatusAsync(
        string instanceId,
        bool? showHistory,
        bool? showHistoryOutput,
        bool? showInput,
        bool? returnInternalServerErrorOnFailure,
        HttpContext context,
        DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"No instance '{instanceId}'.");
        }

        JsonArray? history = null;
        if (showHistory == true)
        {
            history = HistoryEventsJson.Create(await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken), showHistoryOutput == true);
        }

        var payload = StatusPayload.Create(instance, showInput ?? true, history);
        switch (instance.RuntimeStatus)
        {
            case OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended:
                // Still going: 202 with Location to poll, as Durable does.
                context.Response.Headers.Location = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";
                context.Response.Headers.RetryAfter = "5";
                return Results.Json(payload, statusCode: StatusCodes.Status202Accepted);
            case OrchestrationRuntimeStatus.Failed when returnInternalServerErrorOnFailure == true:
                return Results.Json(payload, statusCode: StatusCodes.Status500InternalServerError);
            default:
                return Results.Json(payload);
        }
    }

    private static async Task<IResult> ListAsync(
        string? runtimeStatus,
        DateTimeOffset? createdTimeFrom,
        DateTimeOffset? createdTimeTo,
        string? instanceIdPrefix,
        string? customStatusContains,
        bool? showInput,
        int? top,
        HttpContext context,
        DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        if (!TryParseStatuses(runtimeStatus, out var statuses, out var bad))
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Unknown runtimeStatus", $"'{bad}' is not one of {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}.");
        }

        if (top is < 1 or > 1000)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Bad top", "top must be 1–1000.");
        }

        var continuation = context.Request.Headers[ContinuationHeader].ToString();
        var query = new OrchestrationQuery
        {
            CreatedFrom = createdTimeFrom,
            CreatedTo = createdTimeTo,
            Statuses = statuses,
            InstanceIdPrefix = string.IsNullOrEmpty(instanceIdPrefix) ? null : instanceIdPrefix,
            PageSize = top ?? OrchestrationQuery.DefaultPageSize,
            ContinuationToken = string.IsNullOrEmpty(continuation) || continuation == "null" ? null : continuation,
            FetchInputsAndOutputs = true,
        };
        var customStatus = string.IsNullOrEmpty(customStatusContains) ? null : new CustomStatusFilter(customStatusContains, Exact: false);
        Page<OrchestrationMetadata> page;
        try
        {
            page = await InstanceQueries.FirstPageAsync(client, query, customStatus, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Bad continuation token", ex.Message);
        }
        catch (FormatException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Bad continuation token", ex.Message);
        }

        if (page.ContinuationToken is not null)
        {
            context.Response.Headers[ContinuationHeader] = page.ContinuationToken;
        }

        var array = new JsonArray([.. page.Values.Select(i => (JsonNode)StatusPayload.Create(i, showInput ?? true))]);
        return Results.Json(array);
    }

    private static async Task<IResult> RaiseEventAsync(string instanceId, string eventName, HttpContext context, DurableTaskClient client, AuditTrail trail, CancellationToken cancellationToken)
    {
        var (payload, error) = await ReadJsonAsync(context.Request, requireJsonContentType: true, cancellationToken);
        return error ?? await CommandAsync(instanceId, InstanceOperations.RaiseEventAsync(client, trail, Actor, instanceId, eventName, payload, cancellationToken));
    }

    private static async Task<IResult> RestartAsync(string instanceId, bool? restartWithNewInstanceId, DurableTaskClient client, LocalSecrets secrets, PublicUrls urls, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"No instance '{instanceId}'.");
        }

        // Durable restarts a running instance under a new id beside the old one; for a cohort that is a
        // parallel cohort mailing everyone again, so only a finished instance restarts, with either id.
        var sameId = restartWithNewInstanceId == false;
        if (!instance.IsCompleted)
        {
            return ProblemResponses.Problem(
                StatusCodes.Status409Conflict,
                "Instance is running",
                $"Instance '{instanceId}' is {instance.RuntimeStatus}; a restart would run a second copy beside it. Terminate it first (POST .../instances/{instanceId}/terminate), or start a new cohort through the HR API (POST /api/cohorts).");
        }

        var input = StatusPayload.Json(instance.SerializedInput);
        try
        {
            var id = await client.ScheduleNewOrchestrationInstanceAsync(
                instance.Name,
                input is null ? null : JsonSerializer.Deserialize<JsonElement>(input.ToJsonString()),
                new StartOrchestrationOptions(sameId ? instanceId : null),
                cancellationToken);
            return CheckStatus(id, secrets, urls);
        }
        catch (OrchestrationAlreadyExistsException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Instance is running", ex.Message);
        }
    }

    private static async Task<IResult> PurgeOneAsync(string instanceId, DurableTaskClient client, AuditTrail trail, CancellationToken cancellationToken)
    {
        var result = await InstanceOperations.PurgeAsync(client, trail, Actor, instanceId, cancellationToken);
        return result.Outcome switch
        {
            InstanceOperationOutcome.Done => Results.Json(new JsonObject { ["instancesDeleted"] = result.Purged }),
            InstanceOperationOutcome.NotFinished => ProblemResponses.Problem(StatusCodes.Status409Conflict, "Instance is running", $"Instance '{instanceId}' is {result.Status}; terminate it first."),
            _ => ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"No instance '{instanceId}'."),
        };
    }

    private static async Task<IResult> PurgeManyAsync(DateTimeOffset? createdTimeFrom, DateTimeOffset? createdTimeTo, string? runtimeStatus, DurableTaskClient client, TimeProvider time, AuditTrail trail, CancellationToken cancellationToken)
    {
        if (createdTimeFrom is null)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "createdTimeFrom required", "Purging many instances needs createdTimeFrom (and optionally createdTimeTo, runtimeStatus).");
        }

        if (!TryParseStatuses(runtimeStatus, out var statuses, out var bad))
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Unknown runtimeStatus", $"'{bad}' is not a runtime status.");
        }

        var result = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(createdTimeFrom, createdTimeTo ?? time.GetUtcNow(), statuses), cancellationToken);
        if (result.PurgedInstanceCount > 0)
        {
            await trail.RecordAsync(Actor, "*", AuditActions.Purged, $"{result.PurgedInstanceCount} instances created {createdTimeFrom:O} to {createdTimeTo ?? time.GetUtcNow():O}, status {runtimeStatus ?? "any finished"}", cancellationToken);
        }

        return result.PurgedInstanceCount == 0
            ? ProblemResponses.Problem(StatusCodes.Status404NotFound, "Nothing purged", "No instance matched.")
            : Results.Json(new JsonObject { ["instancesDeleted"] = result.PurgedInstanceCount });
    }

    /// <summary>Commands answer 202, 404 for an unknown instance and 410 for a finished one, as Durable does.</summary>
    private static async Task<IResult> CommandAsync(string instanceId, Task<InstanceOperationResult> operation)
    {
        var result = await operation;
        return result.Outcome switch
        {
            InstanceOperationOutcome.Done => Results.Accepted(),
            InstanceOperationOutcome.Finished => ProblemResponses.Problem(StatusCodes.Status410Gone, "Instance finished", $"Instance '{instanceId}' is {result.Status}."),
            _ => ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"No instance '{instanceId}'."),
        };
    }

    /// <summary>The registered orchestrator's name for <paramref name="functionName"/> (Functions matches names case-insensitively), or null.</summary>
    private static string? OrchestratorName(string functionName)
        => AmbassadorWorkflows.Orchestrators.Select(t => t.Name).FirstOrDefault(n => string.Equals(n, functionName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The 202 of a start: Durable's check-status payload, every URI carrying taskHub, connection and code.</summary>
    private static IResult CheckStatus(string instanceId, LocalSecrets secrets, PublicUrls urls)
    {
        var id = Uri.EscapeDataString(instanceId);
        var suffix = $"taskHub={TaskHub}&connection={Connection}&code={Uri.EscapeDataString(secrets.ManagementKey)}";
        var instance = urls.Absolute($"{BasePath.TrimStart('/')}/instances/{id}").AbsoluteUri;
        var payload = new JsonObject
        {
            ["id"] = instanceId,
            ["statusQueryGetUri"] = $"{instance}?{suffix}",
            ["sendEventPostUri"] = $"{instance}/raiseEvent/{{eventName}}?{suffix}",
            ["terminatePostUri"] = $"{instance}/terminate?reason={{text}}&{suffix}",
            ["purgeHistoryDeleteUri"] = $"{instance}?{suffix}",
            ["restartPostUri"] = $"{instance}/restart?{suffix}",
            ["suspendPostUri"] = $"{instance}/suspend?reason={{text}}&{suffix}",
            ["resumePostUri"] = $"{instance}/resume?reason={{text}}&{suffix}",
        };
        return new CheckStatusResult(payload, $"{instance}?{suffix}");
    }

    private static async Task<(object? Value, IResult? Error)> ReadJsonAsync(HttpRequest request, bool requireJsonContentType, CancellationToken cancellationToken)
    {
        if (requireJsonContentType && (request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, ProblemResponses.Problem(StatusCodes.Status400BadRequest, "JSON expected", "The event payload must be sent with Content-Type: application/json."));
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return InstanceOperations.TryParseEventData(text, out var payload, out var message)
            ? (payload, null)
            : (null, ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Malformed JSON", message!));
    }

    private static bool TryParseStatuses(string? text, out IReadOnlyCollection<OrchestrationRuntimeStatus>? statuses, out string? bad)
    {
        statuses = null;
        bad = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var list = new List<OrchestrationRuntimeStatus>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<OrchestrationRuntimeStatus>(part, ignoreCase: true, out var status) || int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                bad = part;
                return false;
            }

            list.Add(status);
        }

        statuses = list;
        return true;
    }

    /// <summary>202 + Location + Retry-After: 10, as Durable's CreateCheckStatusResponse.</summary>
    private sealed class CheckStatusResult(JsonObject payload, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.Location = location;
            httpContext.Response.Headers.RetryAfter = "10";
            return Results.Json(payload, statusCode: StatusCodes.Status202Accepted).ExecuteAsync(httpContext);
        }
    }
}
