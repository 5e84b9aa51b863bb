namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailProvider Provider { get; set; } = EmailProvider.Outbox;

    /// <summary>From address, e.g. DoNotReply@&lt;guid&gt;.azurecomm.net for an ACS managed domain.</summary>
    public string? Sender { get; set; }

    /// <summary>Display name for SMTP (ACS takes it from the sender username configured on the domain).</summary>
    public string? SenderDisplayName { get; set; }

    public AcsEmailOptions Acs { get; set; } = new();

    public SmtpEmailOptions Smtp { get; set; } = new();
}
