using Azure;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>ACS refused a request (HTTP error) or a send operation ended Failed/Canceled. Carries
/// the service's error code (<see cref="RequestFailedException.ErrorCode"/>) and message; derives
/// from <see cref="RequestFailedException"/> as the SDK's errors do.</summary>
public sealed class AcsEmailException : RequestFailedException
{
    public AcsEmailException(int status, string message, string? errorCode, string? operationId = null, EmailSendStatus? operationStatus = null)
        : base(status, message, errorCode, null)
    {
        OperationId = operationId;
        OperationStatus = operationStatus;
    }

    public AcsEmailException()
        : base(0, "ACS Email request failed.")
    {
    }

    public AcsEmailException(string message)
        : base(message)
    {
    }

    public AcsEmailException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The send operation, when known.</summary>
    public string? OperationId { get; }

    /// <summary>Failed or Canceled when the operation ended badly; null for an HTTP error.</summary>
    public EmailSendStatus? OperationStatus { get; }
}
