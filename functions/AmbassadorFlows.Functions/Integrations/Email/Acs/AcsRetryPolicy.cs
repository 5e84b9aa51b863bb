using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>Retries throttled (429), unavailable (503) and other transient responses, waiting what
/// the service asks for in Retry-After (every throttled request counts against the quota, so
/// retrying sooner only makes it worse). The same HttpMessage is resent, so headers such as
/// Operation-Id stay identical across attempts; auth policies run per attempt.</summary>
internal sealed class AcsRetryPolicy(EmailClientOptions options) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessCoreAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessCoreAsync(message, pipeline, async: true);

    internal static bool IsRetriable(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private async ValueTask ProcessCoreAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        var time = options.TimeProvider;
        for (var attempt = 0; ; attempt++)
        {
            RequestFailedException? transportError = null;
            try
            {
                if (async)
                {
                    await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                }
                else
                {
                    ProcessNext(message, pipeline);
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 0 && attempt < options.MaxRetries)
            {
                // Transport failure (connection refused/reset): Azure.Core reports it with status 0.
                transportError = ex;
            }

            if (transportError is null && (!message.HasResponse || !IsRetriable(message.Response.Status)))
            {
                return;
            }

            if (attempt >= options.MaxRetries)
            {
                return;
            }

            var serverDelay = transportError is null ? RetryAfterHeader.Read(message.Response, time.GetUtcNow()) : null;
            if (serverDelay > options.MaxRetryDelay)
            {
                return; // surfaced to the caller; see EmailClientOptions.MaxRetryDelay
            }

            var backoff = TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.RetryDelay.Ticks << Math.Min(attempt, 20)));
            var delay = serverDelay ?? backoff;
            await Task.Delay(delay, time, message.CancellationToken).ConfigureAwait(false);
        }
    }
}
