using Azure;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>A send in progress, as the SDK's <c>EmailSendOperation</c>: poll with
/// <see cref="UpdateStatusAsync"/> or wait with <see cref="WaitForCompletionAsync(CancellationToken)"/>.
/// Waiting honours the service's Retry-After and uses the client's TimeProvider. A Failed or
/// Canceled end makes the waits throw <see cref="AcsEmailException"/> with the service's code;
/// <see cref="Value"/> still holds the result.</summary>
public class EmailSendOperation : Operation<AcsEmailSendResult>
{
    private readonly EmailClient? _client;
    private Response? _rawResponse;
    private AcsEmailSendResult? _result;

    protected EmailSendOperation()
    {
        Id = string.Empty;
    }

    internal EmailSendOperation(EmailClient client, string id, Response rawResponse, AcsEmailSendResult? result)
    {
        _client = client;
        Id = id;
        _rawResponse = rawResponse;
        _result = result;
    }

    public override string Id { get; }

    public override bool HasCompleted => _result?.IsTerminal == true;

    public override bool HasValue => HasCompleted;

    public override AcsEmailSendResult Value =>
        HasCompleted ? _result! : throw new InvalidOperationException($"Email operation {Id} has not completed (status {_result?.Status}).");

    /// <summary>Last known status, terminal or not.</summary>
    public EmailSendStatus? Status => _result?.Status;

    public override Response GetRawResponse() =>
        _rawResponse ?? throw new InvalidOperationException("The operation has no response yet.");

    public override Response UpdateStatus(CancellationToken cancellationToken = default) =>
        UpdateStatusAsync(cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        if (HasCompleted)
        {
            return GetRawResponse();
        }

        var client = _client ?? throw new InvalidOperationException("This operation was not created by an EmailClient.");
        var (response, result) = await client.GetStatusAsync(Id, cancellationToken).ConfigureAwait(false);
        _rawResponse = response;
        _result = result;
        return response;
    }

    public override ValueTask<Response<AcsEmailSendResult>> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
        WaitCoreAsync(null, cancellationToken);

    public override ValueTask<Response<AcsEmailSendResult>> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken) =>
        WaitCoreAsync(pollingInterval, cancellationToken);

    public override Response<AcsEmailSendResult> WaitForCompletion(CancellationToken cancellationToken = default) =>
        WaitCoreAsync(null, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<Response> WaitForCompletionResponseAsync(CancellationToken cancellationToken = default) =>
        (await WaitCoreAsync(null, cancellationToken).ConfigureAwait(false)).GetRawResponse();

    public override async ValueTask<Response> WaitForCompletionResponseAsync(TimeSpan pollingInterval, CancellationToken cancellationToken = default) =>
        (await WaitCoreAsync(pollingInterval, cancellationToken).ConfigureAwait(false)).GetRawResponse();

    private async ValueTask<Response<AcsEmailSendResult>> WaitCoreAsync(TimeSpan? pollingInterval, CancellationToken cancellationToken)
    {
        var client = _client ?? throw new InvalidOperationException("This operation was not created by an EmailClient.");
        var options = client.Options;
        while (!HasCompleted)
        {
            // The first status read also waits: the 202 carries a Retry-After for exactly that.
            var delay = RetryAfterHeader.Read(_rawResponse, options.TimeProvider.GetUtcNow()) ?? pollingInterval ?? options.PollingInterval;
            await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = _result!;
        if (result.Status != EmailSendStatus.Succeeded)
        {
            throw new AcsEmailException(
                _rawResponse?.Status ?? 0,
                $"ACS email operation {Id} ended {result.Status}: {result.Error?.Code ?? "(no code)"}: {result.Error?.Message ?? "(no message)"}",
                result.Error?.Code,
                Id,
                result.Status);
        }

        return Response.FromValue(result, GetRawResponse());
    }
}
