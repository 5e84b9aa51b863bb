using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Functions.CustomHandler.DurableClient;

/// <summary>
/// <see cref="DurableTaskClient"/> over the Durable Functions HTTP API
/// (<c>{httpBaseUrl}/orchestrators/…</c>, <c>/instances/…</c>), used in custom-handler mode. The base URL
/// and the <c>code=</c> query come from the durableClient binding (<see cref="DurableClientBindingAccessor"/>).
/// 404 maps to <see cref="OrchestrationNotFoundException"/>, 410 to
/// <see cref="OrchestrationAlreadyCompletedException"/>, 409 to <see cref="OrchestrationAlreadyExistsException"/>.
/// Not offered by the API, so: scheduled start times and explicit versions are refused; recursive
/// terminate/purge act on the one instance only.
/// </summary>
public sealed class HttpDurableTaskClient : DurableTaskClient
{
    public const string HttpClientName = "DurableHttpApi";

    private const string ContinuationHeader = "x-ms-continuation-token";

    private readonly IHttpClientFactory _httpClients;
    private readonly DurableClientBindingAccessor _binding;
    private readonly DurableTaskRegistry? _registry;
    private readonly DataConverter _converter;
    private readonly TimeSpan _pollInterval;

    public HttpDurableTaskClient(
        IHttpClientFactory httpClients,
        DurableClientBindingAccessor binding,
        DurableTaskRegistry? registry = null,
        DataConverter? converter = null,
        TimeSpan? pollInterval = null)
    {
        _httpClients = httpClients;
        _binding = binding;
        _registry = registry;
        _converter = converter ?? JsonDataConverter.Default;
        _pollInterval = pollInterval ?? TimeSpan.FromSeconds(2);
    }

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        if (options?.StartAt is not null || options?.Version is not null)
        {
            throw new NotSupportedException("The Durable HTTP API cannot schedule a start time or set a version.");
        }

        // The API answers 400 for an unknown name, indistinguishable from bad input; we know our own names.
        if (_registry is not null && !_registry.HasOrchestrator(orchestratorName.Name))
        {
            throw new OrchestratorNotRegisteredException(orchestratorName.Name);
        }

        var path = "orchestrators/" + Uri.EscapeDataString(orchestratorName.Name);
        if (!string.IsNullOrEmpty(options?.InstanceId))
        {
            path += "/" + Uri.EscapeDataString(options.InstanceId);
        }

        using var response = await SendAsync(HttpMethod.Post, path, null, JsonBody(input), cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            throw new OrchestrationAlreadyExistsException(options?.InstanceId ?? string.Empty, OrchestrationRuntimeStatus.Running);
        }

        await EnsureSuccessAsync(response, "start", options?.InstanceId, cancellation).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellation).ConfigureAwait(false);
        return document?.RootElement.TryGetProperty("id", out var id) == true && id.GetString() is { } instanceId
            ? instanceId
            : options?.InstanceId ?? throw new DurableHttpApiException(response.StatusCode, "start", "The reply has no instance id.");
    }

    public override async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var path = $"instances/{Uri.EscapeDataString(instanceId)}/raiseEvent/{Uri.EscapeDataString(eventName)}";
        // The API insists on a JSON content type, even for a null payload.
        using var response = await SendAsync(HttpMethod.Post, path, null, JsonBody(eventPayload) ?? Json("null"), cancellation).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "raiseEvent", instanceId, cancellation).ConfigureAwait(false);
    }

    public override async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var response = await SendAsync(
            HttpMethod.Get,
            "instances/" + Uri.EscapeDataString(instanceId),
            [("showInput", getInputsAndOutputs ? "true" : "false")],
            null,
            cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, "status", instanceId, cancellation).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellation).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var metadata = DurableStatusPayload.ToMetadata(document.RootElement) with { DataConverter = _converter };
        return getInputsAndOutputs ? metadata : metadata with { SerializedInput = null, SerializedOutput = null };
    }

    public override async Task<IReadOnlyList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var response = await SendAsync(
            HttpMethod.Get,
            "instances/" + Uri.EscapeDataString(instanceId),
            [("showHistory", "true"), ("showHistoryOutput", "true"), ("showInput", "true")],
            null,
            cancellation).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "history", instanceId, cancellation).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellation).ConfigureAwait(false);
        return document is not null && document.RootElement.TryGetProperty("historyEvents", out var events)
            ? DurableHistoryJson.ToHistoryEvents(events)
            : [];
    }

    /// <summary>
    /// One page of instances. Status, created range, instance-id prefix and page size go to the API.
    /// The API cannot filter by name or custom status, so those filters run here, over the page the
    /// API returned: a page may then hold fewer than <see cref="OrchestrationQuery.PageSize"/> (even
    /// zero) instances while the continuation token still says there is more. Callers that want all
    /// matches use <see cref="DurableTaskClient.GetAllInstancesAsync"/>, which follows the tokens.
    /// </summary>
    public override async Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clientSideFilter = query.Name is not null || query.CustomStatusContains is not null || query.CustomStatusEquals is not null;
        var parameters = new List<(string, string)>
        {
            ("top", query.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("showInput", query.FetchInputsAndOutputs ? "true" : "false"),
        };
        if (query.Statuses is { Count: > 0 } statuses)
        {
            parameters.Add(("runtimeStatus", string.Join(',', statuses.Select(DurableStatusPayload.FormatStatus))));
        }

        if (query.CreatedFrom is { } from)
        {
            parameters.Add(("createdTimeFrom", DurableStatusPayload.FormatTime(from)));
        }

        if (query.CreatedTo is { } to)
        {
            parameters.Add(("createdTimeTo", DurableStatusPayload.FormatTime(to)));
        }

        if (!string.IsNullOrEmpty(query.InstanceIdPrefix))
        {
            parameters.Add(("instanceIdPrefix", query.InstanceIdPrefix));
        }

        using var request = CreateRequest(HttpMethod.Get, "instances", parameters, null);
        if (!string.IsNullOrEmpty(query.ContinuationToken))
        {
            request.Headers.TryAddWithoutValidation(ContinuationHeader, query.ContinuationToken);
        }

        using var response = await Client().SendAsync(request, cancellation).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "list", null, cancellation).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellation).ConfigureAwait(false);
        var instances = new List<OrchestrationMetadata>();
        if (document?.RootElement is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                var metadata = DurableStatusPayload.ToMetadata(item) with { DataConverter = _converter };
                if (!clientSideFilter || Matches(metadata, query))
                {
                    instances.Add(query.FetchInputsAndOutputs ? metadata : metadata with { SerializedInput = null, SerializedOutput = null });
                }
            }
        }

        var token = response.Headers.TryGetValues(ContinuationHeader, out var values) ? values.FirstOrDefault() : null;
        // The last page's header has been seen empty, absent and "null".
        if (string.IsNullOrWhiteSpace(token) || token == "null" || token == query.ContinuationToken)
        {
            token = null;
        }

        return new OrchestrationQueryResult(instances, token);
    }

    public override async Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var reason = options?.Output switch
        {
            null => "Terminated",
            string text => text,
            var other => _converter.Serialize(other) ?? "Terminated",
        };
        using var response = await SendAsync(HttpMethod.Post, $"instances/{Uri.EscapeDataString(instanceId)}/terminate", [("reason", reason)], null, cancellation).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "terminate", instanceId, cancellation).ConfigureAwait(false);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => PostCommandAsync(instanceId, "suspend", reason, cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => PostCommandAsync(instanceId, "resume", reason, cancellation);

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, bool recursive = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var response = await SendAsync(HttpMethod.Delete, "instances/" + Uri.EscapeDataString(instanceId), null, null, cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new PurgeResult(0);
        }

        await EnsureSuccessAsync(response, "purge", instanceId, cancellation).ConfigureAwait(false);
        return new PurgeResult(await ReadDeletedCountAsync(response, cancellation).ConfigureAwait(false));
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new List<(string, string)>
        {
            // Required by the API; "from the beginning" when the caller gives no lower bound.
            ("createdTimeFrom", DurableStatusPayload.FormatTime(filter.CreatedFrom ?? DateTimeOffset.UnixEpoch)),
        };
        if (filter.CreatedTo is { } to)
        {
            parameters.Add(("createdTimeTo", DurableStatusPayload.FormatTime(to)));
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            parameters.Add(("runtimeStatus", string.Join(',', statuses.Select(DurableStatusPayload.FormatStatus))));
        }

        using var response = await SendAsync(HttpMethod.Delete, "instances", parameters, null, cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            // The API's way of saying "nothing matched".
            return new PurgeResult(0);
        }

        await EnsureSuccessAsync(response, "purge", null, cancellation).ConfigureAwait(false);
        return new PurgeResult(await ReadDeletedCountAsync(response, cancellation).ConfigureAwait(false));
    }

    /// <summary>Polls the status; the HTTP API has no long-poll for existing instances.</summary>
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            var metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false)
                ?? throw new OrchestrationNotFoundException(instanceId);
            if (metadata.IsCompleted)
            {
                return metadata;
            }

            await Task.Delay(_pollInterval, cancellation).ConfigureAwait(false);
        }
    }

    private static bool Matches(OrchestrationMetadata metadata, OrchestrationQuery query)
    {
        if (query.Name is not null && !string.Equals(metadata.Name, query.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (query.CustomStatusEquals is not null && !string.Equals(metadata.SerializedCustomStatus, query.CustomStatusEquals, StringComparison.Ordinal))
        {
            return false;
        }

        return query.CustomStatusContains is null
               || (metadata.SerializedCustomStatus?.Contains(query.CustomStatusContains, StringComparison.OrdinalIgnoreCase) ?? false);
    }

    private async Task PostCommandAsync(string instanceId, string command, string? reason, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var response = await SendAsync(
            HttpMethod.Post,
            $"instances/{Uri.EscapeDataString(instanceId)}/{command}",
            reason is null ? null : [("reason", reason)],
            null,
            cancellation).ConfigureAwait(false);
        await EnsureSuccessAsync(response, command, instanceId, cancellation).ConfigureAwait(false);
    }

    private HttpContent? JsonBody(object? value)
        => _converter.Serialize(value) is { } json ? Json(json) : null;

    private static StringContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private HttpClient Client() => _httpClients.CreateClient(HttpClientName);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, IEnumerable<(string Name, string Value)>? query, HttpContent? content, CancellationToken cancellation)
    {
        using var request = CreateRequest(method, path, query, content);
        return await Client().SendAsync(request, cancellation).ConfigureAwait(false);
    }

    /// <summary>{httpBaseUrl}/{path}?{our parameters}&amp;{requiredQueryStringParameters}.</summary>
    private HttpRequestMessage CreateRequest(HttpMethod method, string path, IEnumerable<(string Name, string Value)>? query, HttpContent? content)
    {
        var binding = _binding.GetRequired();
        var baseUrl = binding.HttpBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var parts = new List<string>();
        if (query is not null)
        {
            parts.AddRange(query.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        }

        var baseQuery = binding.HttpBaseUrl.Query.TrimStart('?');
        if (baseQuery.Length > 0)
        {
            parts.Add(baseQuery);
        }

        // Already URL-encoded by the extension (e.g. "code=abc%3D%3D").
        var required = binding.RequiredQueryStringParameters.TrimStart('?');
        if (required.Length > 0)
        {
            parts.Add(required);
        }

        var url = baseUrl + "/" + path + (parts.Count > 0 ? "?" + string.Join('&', parts) : string.Empty);
        return new HttpRequestMessage(method, url) { Content = content };
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, string? instanceId, CancellationToken cancellation)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        switch (response.StatusCode)
        {
            case HttpStatusCode.NotFound when instanceId is not null:
                throw new OrchestrationNotFoundException(instanceId);
            case HttpStatusCode.Gone when instanceId is not null:
                // 410 only says "finished"; which terminal state is not in the reply.
                throw new OrchestrationAlreadyCompletedException(instanceId, OrchestrationRuntimeStatus.Completed);
            default:
                var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
                throw new DurableHttpApiException(response.StatusCode, operation, body);
        }
    }

    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text);
    }

    private static async Task<int> ReadDeletedCountAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        using var document = await ReadJsonAsync(response, cancellation).ConfigureAwait(false);
        return document?.RootElement.ValueKind == JsonValueKind.Object
               && document.RootElement.TryGetProperty("instancesDeleted", out var count)
               && count.TryGetInt32(out var n)
            ? n
            : 0;
    }
}
