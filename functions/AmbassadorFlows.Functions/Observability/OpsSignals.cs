namespace AmbassadorFlows.Functions.Observability;

/// <summary>
/// Log lines the Azure Monitor alert rules look for (infra/modules/alerts.bicep queries App Insights'
/// <c>traces</c> for the message prefixes below): one fixed prefix per signal, so a rule matches the line
/// however it reaches App Insights (forwarded by the Functions host, or exported by local mode).
/// They carry counts, templates and error codes, never addresses, names or links.
/// </summary>
public static partial class OpsSignals
{
    public const string RequestsPastDeadlinePrefix = "Ops signal requests-past-deadline";

    public const string MailDeliveryFailedPrefix = "Ops signal mail-delivery-failed";

    public const string Category = "AmbassadorFlows.Ops";

    [LoggerMessage(EventId = 9101, EventName = "RequestsPastDeadline", Level = LogLevel.Warning,
        Message = RequestsPastDeadlinePrefix + ": {Count} request(s) still open past their deadline, the oldest due {OldestDeadline:O}.")]
    public static partial void RequestsPastDeadline(ILogger logger, int count, DateTimeOffset oldestDeadline);

    [LoggerMessage(EventId = 9102, EventName = "MailDeliveryFailed", Level = LogLevel.Warning,
        Message = MailDeliveryFailedPrefix + ": the {Template} email was not delivered ({Error}); the sending activity retries it.")]
    public static partial void MailDeliveryFailed(ILogger logger, string template, string error);
}
