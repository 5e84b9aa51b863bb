using Azure.Core;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>Options for <see cref="EmailClient"/>. Retries use our own policy (see
/// <see cref="AcsRetryPolicy"/>) so waits run on <see cref="TimeProvider"/> and can be tested.</summary>
public sealed class EmailClientOptions : ClientOptions
{
    /// <summary>Newest stable version; 2023-03-31 is the first GA if a region refuses it.</summary>
    public const string DefaultApiVersion = "2025-09-01";

    public string ApiVersion { get; set; } = DefaultApiVersion;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Retries of one request after 408/429/5xx or a transport error.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff when the service gives no Retry-After; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between attempts. A Retry-After above it is not waited out: the error
    /// is surfaced instead, and the activity's own retry sends again later (with the same Operation-Id).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Status poll interval when the service sends no Retry-After. Managed domains allow
    /// about 10 status reads a minute, hence 6 s.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(6);
}
