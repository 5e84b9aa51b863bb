namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>ACS <c>EmailMessage</c>: the body of <c>POST /emails:send</c>. Named apart from the
/// workflow port's EmailMessage; the constructor argument order follows the SDK.</summary>
public sealed class AcsEmailMessage(string senderAddress, EmailRecipients recipients, EmailContent content)
{
    public AcsEmailMessage(string senderAddress, string recipientAddress, EmailContent content)
        : this(senderAddress, new EmailRecipients([new AcsEmailAddress(recipientAddress)]), content)
    {
    }

    public string SenderAddress { get; } = senderAddress;

    public EmailRecipients Recipients { get; } = recipients;

    public EmailContent Content { get; } = content;

    public IList<AcsEmailAttachment> Attachments { get; } = [];

    public IList<AcsEmailAddress> ReplyTo { get; } = [];

    /// <summary>Custom headers, e.g. <c>x-priority</c>.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public bool? UserEngagementTrackingDisabled { get; set; }
}
