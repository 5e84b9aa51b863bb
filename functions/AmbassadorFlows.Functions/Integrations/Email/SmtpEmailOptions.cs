using MailKit.Security;

namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary><c>Email:Smtp:*</c>. Credentials are optional and come from configuration (user
/// secrets, environment, Key Vault), never from the repo.</summary>
public sealed class SmtpEmailOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>None | Auto | SslOnConnect | StartTls | StartTlsWhenAvailable (MailKit names).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Right-hand side of generated Message-Ids; defaults to the sender's domain.</summary>
    public string? MessageIdDomain { get; set; }
}
