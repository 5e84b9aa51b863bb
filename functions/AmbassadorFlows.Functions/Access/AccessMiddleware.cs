using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AmbassadorFlows.Functions.Access;

/// <summary>Azure mode's <see cref="AccessGate"/> and <see cref="SameOriginGuard"/>: before an HTTP function
/// runs, its method's rule is checked against the caller App Service Authentication signed in. Other triggers pass.</summary>
public sealed class AccessMiddleware(AccessGate gate, SameOriginGuard guard) : IFunctionsWorkerMiddleware
{
    /// <summary>Each [Function] of this app by name, with its rule (found once, by reflection).</summary>
    public static FrozenDictionary<string, (RequireRolesAttribute? Required, PublicRouteAttribute? Public)> Rules { get; } =
        typeof(AccessMiddleware).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(m => m.Function is not null)
            .ToFrozenDictionary(
                m => m.Function!.Name,
                m => (m.Method.GetCustomAttribute<RequireRolesAttribute>(), m.Method.GetCustomAttribute<PublicRouteAttribute>()),
                StringComparer.Ordinal);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
        {
            Rules.TryGetValue(context.FunctionDefinition.Name, out var rule);
            if ((gate.Check(http, rule.Required, rule.Public) ?? await guard.CheckAsync(http, rule.Public)) is { } denied)
            {
                await denied.ExecuteAsync(http);
                return;
            }
        }

        await next(context);
    }
}
