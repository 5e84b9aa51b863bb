using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// Where mail really goes out (SMTP, ACS), the sent-mail viewer shows each link with its token masked:
/// otherwise whoever holds the HR role could open and answer a manager's approval or an ambassador's
/// agreement. The local outbox, where nobody else receives the mail, keeps its links working.
/// </summary>
public static class SentMailMask
{
    public static bool Applies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return EmailRelay.IsConfigured(context.RequestServices);
    }

    public static OutboxMessage Apply(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with { Message = message.Message with { HtmlBody = LinkRedaction.Redact(message.Message.HtmlBody), TextBody = LinkRedaction.Redact(message.Message.TextBody) } };
    }
}
