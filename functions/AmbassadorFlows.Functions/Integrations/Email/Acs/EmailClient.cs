using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>Azure Communication Services Email over REST, shaped like the SDK's <c>EmailClient</c>
/// (which cannot be restored here) so swapping it in later is a change of usings.
/// <c>POST {endpoint}/emails:send</c>, then <c>GET {endpoint}/emails/operations/{id}</c>.</summary>
public class EmailClient
{
    /// <summary>Entra ID scope; the double slash is what the Azure SDKs request.</summary>
    public const string Scope = "https://communication.azure.com//.default";

    private readonly HttpPipeline _pipeline = null!;
    private readonly string _endpoint = string.Empty;

    /// <summary>For mocking.</summary>
    protected EmailClient()
    {
        Options = new EmailClientOptions();
    }

    /// <summary>From a connection string <c>endpoint=https://…/;accesskey=…</c>.</summary>
    public EmailClient(string connectionString, EmailClientOptions? options = null)
        : this(ParseConnectionString(connectionString, out var key), key, options)
    {
    }

    public EmailClient(Uri endpoint, AzureKeyCredential credential, EmailClientOptions? options = null)
        : this(endpoint, options, credential is null ? throw new ArgumentNullException(nameof(credential))
            : o => new AcsHmacAuthenticationPolicy(credential, o.TimeProvider))
    {
    }

    public EmailClient(Uri endpoint, TokenCredential credential, EmailClientOptions? options = null)
        : this(endpoint, options, credential is null ? throw new ArgumentNullException(nameof(credential))
            : _ => new BearerTokenAuthenticationPolicy(credential, Scope))
    {
    }

    private EmailClient(Uri endpoint, EmailClientOptions? options, Func<EmailClientOptions, HttpPipelinePolicy> auth)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Options = options ?? new EmailClientOptions();
        Options.RetryPolicy ??= new AcsRetryPolicy(Options);
        _endpoint = endpoint.AbsoluteUri.TrimEnd('/');
        _pipeline = HttpPipelineBuilder.Build(Options, [], [auth(Options)], new ResponseClassifier());
    }

    internal EmailClientOptions Options { get; }

    public virtual Task<EmailSendOperation> SendAsync(WaitUntil wait, AcsEmailMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(wait, message, Guid.NewGuid(), cancellationToken);

    /// <summary>Sends with a caller-chosen <paramref name="operationId"/> (the <c>Operation-Id</c>
    /// header), so a retried send is the same operation to the service.</summary>
    public virtual async Task<EmailSendOperation> SendAsync(WaitUntil wait, AcsEmailMessage message, Guid operationId, CancellationToken cancellationToken = default)
    {
        Validate(message);
        var id = operationId.ToString("D");
        // Not disposed: its buffered response is handed to the operation (GetRawResponse).
        var http = _pipeline.CreateMessage();
        http.Request.Method = RequestMethod.Post;
        http.Request.Uri.Reset(new Uri($"{_endpoint}/emails:send?api-version={Uri.EscapeDataString(Options.ApiVersion)}"));
        http.Request.Headers.SetValue("Content-Type", "application/json");
        http.Request.Headers.SetValue("Operation-Id", id);
        http.Request.Content = RequestContent.Create(AcsEmailSerializer.SerializeMessage(message));
        await _pipeline.SendAsync(http, cancellationToken).ConfigureAwait(false);

        var response = http.Response;
        if (response.Status is not (200 or 202))
        {
            throw ErrorFrom(response, "send", id);
        }

        var result = AcsEmailSerializer.ReadResult(response.Content, id) ?? new AcsEmailSendResult(id, EmailSendStatus.Running);
        var operation = new EmailSendOperation(this, result.Id, response, result);
        if (wait == WaitUntil.Completed)
        {
            await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        return operation;
    }

    internal async Task<(Response Response, AcsEmailSendResult Result)> GetStatusAsync(string operationId, CancellationToken cancellationToken)
    {
        var http = _pipeline.CreateMessage(); // see SendAsync
        http.Request.Method = RequestMethod.Get;
        http.Request.Uri.Reset(new Uri(
            $"{_endpoint}/emails/operations/{Uri.EscapeDataString(operationId)}?api-version={Uri.EscapeDataString(Options.ApiVersion)}"));
        await _pipeline.SendAsync(http, cancellationToken).ConfigureAwait(false);
        var response = http.Response;
        if (response.Status != 200)
        {
            throw ErrorFrom(response, "status", operationId);
        }

        var result = AcsEmailSerializer.ReadResult(response.Content, operationId)
            ?? throw new AcsEmailException(response.Status, $"ACS email status for {operationId} had no readable status.", null, operationId);
        return (response, result);
    }

    private static AcsEmailException ErrorFrom(Response response, string what, string operationId)
    {
        var error = AcsEmailSerializer.ReadError(response.Content);
        response.Headers.TryGetValue("x-ms-error-code", out var headerCode);
        var code = error?.Code ?? headerCode;
        var message = error?.Message ?? response.ReasonPhrase;
        return new AcsEmailException(
            response.Status,
            $"ACS email {what} failed with HTTP {response.Status} {code ?? "(no code)"}: {message}",
            code,
            operationId);
    }

    private static void Validate(AcsEmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.SenderAddress, nameof(message));
        if (string.IsNullOrWhiteSpace(message.Content.Subject))
        {
            throw new ArgumentException("Subject is required.", nameof(message));
        }

        if (string.IsNullOrEmpty(message.Content.PlainText) && string.IsNullOrEmpty(message.Content.Html))
        {
            throw new ArgumentException("Plain text or HTML content is required.", nameof(message));
        }

        if (message.Recipients.To.Count + message.Recipients.CC.Count + message.Recipients.BCC.Count == 0)
        {
            throw new ArgumentException("At least one recipient is required.", nameof(message));
        }

        if (message.Attachments.Any(a => a.Content.ToMemory().IsEmpty))
        {
            throw new ArgumentException("Attachments must not be empty.", nameof(message));
        }
    }

    private static Uri ParseConnectionString(string connectionString, out AzureKeyCredential key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        string? endpoint = null, accessKey = null;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2)
            {
                continue;
            }

            if (kv[0].Equals("endpoint", StringComparison.OrdinalIgnoreCase))
            {
                endpoint = kv[1];
            }
            else if (kv[0].Equals("accesskey", StringComparison.OrdinalIgnoreCase))
            {
                accessKey = kv[1];
            }
        }

        if (endpoint is null || accessKey is null)
        {
            throw new ArgumentException("Expected 'endpoint=https://…;accesskey=…'.", nameof(connectionString));
        }

        key = new AzureKeyCredential(accessKey);
        return new Uri(endpoint);
    }
}
