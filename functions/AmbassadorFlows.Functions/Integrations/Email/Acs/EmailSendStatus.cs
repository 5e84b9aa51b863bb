namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>Status of an ACS send operation. Succeeded means ACS accepted and handed the email
/// on, not that it was delivered.</summary>
public enum EmailSendStatus
{
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Canceled,
}
