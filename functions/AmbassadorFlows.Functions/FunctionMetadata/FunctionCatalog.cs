using AmbassadorFlows.Durable;

namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>Every Azure Function the app consists of: the registered orchestrators and activities,
/// and the routes marked with <see cref="FunctionEndpoint"/>. One source for both function.json
/// generation and custom-handler dispatch, so the two cannot disagree.</summary>
public sealed class FunctionCatalog
{
    private readonly Dictionary<string, FunctionKind> _kinds;
    private readonly Dictionary<string, HttpFunctionDescriptor> _http;

    private FunctionCatalog(IReadOnlyList<string> orchestrators, IReadOnlyList<string> activities, IReadOnlyList<HttpFunctionDescriptor> httpFunctions)
    {
        Orchestrators = orchestrators;
        Activities = activities;
        HttpFunctions = httpFunctions;
        _kinds = new Dictionary<string, FunctionKind>(StringComparer.OrdinalIgnoreCase);
        _http = httpFunctions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<string>();
        foreach (var (name, kind) in orchestrators.Select(n => (n, FunctionKind.Orchestrator))
                     .Concat(activities.Select(n => (n, FunctionKind.Activity)))
                     .Concat(httpFunctions.Select(f => (f.Name, FunctionKind.Http))))
        {
            // Function folders share one namespace (case-insensitively on Windows hosts).
            if (!_kinds.TryAdd(name, kind))
            {
                duplicates.Add(name);
            }
        }

        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"Function names must be unique across orchestrators, activities and HTTP functions: {string.Join(", ", duplicates)}.");
        }
    }

    public IReadOnlyList<string> Orchestrators { get; }

    public IReadOnlyList<string> Activities { get; }

    public IReadOnlyList<HttpFunctionDescriptor> HttpFunctions { get; }

    public int Count => _kinds.Count;

    public FunctionKind? Find(string name) => _kinds.TryGetValue(name, out var kind) ? kind : null;

    public HttpFunctionDescriptor? FindHttp(string name) => _http.GetValueOrDefault(name);

    public static FunctionCatalog Create(DurableTaskRegistry registry, IEnumerable<EndpointDataSource> dataSources)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(dataSources);
        var endpoints = dataSources.SelectMany(s => s.Endpoints).Distinct();
        return new FunctionCatalog(
            [.. registry.OrchestratorTypes.Keys.Order(StringComparer.Ordinal)],
            [.. registry.ActivityTypes.Keys.Order(StringComparer.Ordinal)],
            ReadHttpFunctions(endpoints));
    }

    private static List<HttpFunctionDescriptor> ReadHttpFunctions(IEnumerable<Endpoint> endpoints)
    {
        var byName = new Dictionary<string, HttpFunctionDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<FunctionEndpoint>() is not { } function)
            {
                continue;
            }

            var route = (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (route.StartsWith("runtime/", StringComparison.OrdinalIgnoreCase) || route.StartsWith("admin/", StringComparison.OrdinalIgnoreCase))
            {
                // The host owns these prefixes (the Durable management API lives under runtime/).
                throw new InvalidOperationException($"Function '{function.Name}' uses the reserved route '{route}'.");
            }

            IReadOnlyList<string>? methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } m
                ? [.. m.HttpMethods.Select(x => x.ToLowerInvariant())]
                : null;
            var descriptor = new HttpFunctionDescriptor(function.Name, function.AuthLevel, route, methods);
            if (byName.TryGetValue(function.Name, out var existing))
            {
                // GET and POST of one page may share a function name when they share a route.
                if (!string.Equals(existing.Route, route, StringComparison.OrdinalIgnoreCase) || existing.AuthLevel != function.AuthLevel)
                {
                    throw new InvalidOperationException($"Function '{function.Name}' is declared on two different routes ('{existing.Route}', '{route}') or auth levels.");
                }

                descriptor = existing with
                {
                    Methods = existing.Methods is null || methods is null ? null : [.. existing.Methods.Union(methods).Order(StringComparer.Ordinal)],
                };
            }

            byName[function.Name] = descriptor;
        }

        return [.. byName.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }
}
