using Azure;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>ACS <c>EmailSendResult</c>: operation id, status, and the service's error when it failed.</summary>
public sealed record AcsEmailSendResult(string Id, EmailSendStatus Status, ResponseError? Error = null)
{
    public bool IsTerminal => Status is EmailSendStatus.Succeeded or EmailSendStatus.Failed or EmailSendStatus.Canceled;
}
