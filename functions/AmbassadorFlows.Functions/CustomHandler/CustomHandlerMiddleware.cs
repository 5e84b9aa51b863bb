using System.Diagnostics;
using System.Text.Json;
using AmbassadorFlows.Functions.CustomHandler.Activities;
using AmbassadorFlows.Functions.CustomHandler.DurableClient;
using AmbassadorFlows.Functions.CustomHandler.Envelope;
using AmbassadorFlows.Functions.CustomHandler.Http;
using AmbassadorFlows.Functions.CustomHandler.Orchestrations;
using AmbassadorFlows.Functions.FunctionMetadata;
using AmbassadorFlows.Functions.Observability;

namespace AmbassadorFlows.Functions.CustomHandler;

/// <summary>
/// Serves the Functions host: <c>POST /{FunctionName}</c> with a JSON envelope, for every function in
/// the <see cref="FunctionCatalog"/>, and answers the host's readiness probe <c>GET /</c>. Anything
/// else (a name we do not know) goes on to the app, which answers it like any request. Every log
/// line of an invocation is scoped with FunctionName and InvocationId (from
/// <c>X-Azure-Functions-InvocationId</c>); orchestrator and activity handlers add InstanceId.
/// </summary>
internal sealed class CustomHandlerMiddleware(
    RequestDelegate next,
    FunctionCatalogAccessor catalog,
    ILogger<CustomHandlerMiddleware> logger)
{
    private static readonly JsonSerializerOptions ReplyOptions = new() { PropertyNamingPolicy = null };

    public async Task InvokeAsync(HttpContext context)
    {
        // The host's readiness probe (polled every 25 ms at start). Answered here, not by the app's
        // "/" (the dashboard): it must be cheap and needs no Durable binding. HTTP functions never
        // reach this path raw; they arrive as envelopes.
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/")
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var name = FunctionName(context.Request);
        var kind = name is null ? null : catalog.Catalog.Find(name);
        if (name is null || kind is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var invocationId = context.Request.Headers[FunctionsTelemetry.InvocationIdHeader].ToString();
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["FunctionName"] = name,
            ["InvocationId"] = invocationId,
        });
        using var activity = FunctionsTelemetry.Source.StartActivity($"{kind} {name}", ActivityKind.Server);
        activity?.SetTag("faas.name", name);
        activity?.SetTag("faas.invocation_id", invocationId);
        activity?.SetTag("faas.trigger", kind == FunctionKind.Http ? "http" : "other");

        InvocationRequest envelope;
        try
        {
            envelope = await InvocationRequest.ReadAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            logger.LogError(ex, "Function {FunctionName}: the invocation envelope is not valid JSON.", name);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using (envelope)
        {
            var services = context.RequestServices;
            switch (kind)
            {
                case FunctionKind.Orchestrator:
                    await WriteAsync(context, StatusCodes.Status200OK, services.GetRequiredService<OrchestratorTriggerHandler>().Handle(name, envelope)).ConfigureAwait(false);
                    break;
                case FunctionKind.Activity:
                    var (status, body) = await services.GetRequiredService<ActivityTriggerHandler>().HandleAsync(name, envelope, context.RequestAborted).ConfigureAwait(false);
                    activity?.SetStatus(status == StatusCodes.Status200OK ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
                    await WriteAsync(context, status, body).ConfigureAwait(false);
                    break;
                default:
                    if (DurableClientBinding.From(envelope) is { } binding)
                    {
                        services.GetRequiredService<DurableClientBindingAccessor>().Update(binding);
                    }

                    var reply = await services.GetRequiredService<HttpFunctionDispatcher>()
                        .DispatchAsync(catalog.Catalog.FindHttp(name)!, envelope, context).ConfigureAwait(false);
                    await WriteAsync(context, StatusCodes.Status200OK, reply).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>The function name of <c>POST /{name}</c>: exactly one path segment.</summary>
    private static string? FunctionName(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Path.Value is not { Length: > 1 } path)
        {
            return null;
        }

        var name = path[1..];
        return name.Contains('/', StringComparison.Ordinal) ? null : name;
    }

    private static Task WriteAsync(HttpContext context, int statusCode, InvocationResponse body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, ReplyOptions, context.RequestAborted);
    }
}
