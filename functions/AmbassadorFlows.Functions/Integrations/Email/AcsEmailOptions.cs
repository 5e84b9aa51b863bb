using AmbassadorFlows.Functions.Integrations.Email.Acs;

namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary><c>Email:Acs:*</c>. Without an access key the client uses Entra ID (managed identity).</summary>
public sealed class AcsEmailOptions
{
    /// <summary>https://&lt;resource&gt;.communication.azure.com</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Base64 access key for HMAC auth; from app settings / Key Vault, never the repo.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for system-assigned / developer credentials.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string ApiVersion { get; set; } = EmailClientOptions.DefaultApiVersion;

    /// <summary>Sends per <see cref="RateWindow"/> in this process (managed domains: 5 per minute).</summary>
    public int SendsPerWindow { get; set; } = 5;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait for Succeeded/Failed before the send counts as done, so failures reach the
    /// activity (and its retry). Off: accepted (202) is enough.</summary>
    public bool WaitForCompletion { get; set; } = true;

    public int MaxRetries { get; set; } = 5;
}
