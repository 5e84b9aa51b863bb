using System.Text;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary>Content type for an attachment. Calendar files get <c>text/calendar; method=…</c> (the
/// METHOD inside the file), which mail clients use to show an invite with accept/decline.</summary>
internal static class CalendarAttachment
{
    public static bool IsCalendar(EmailAttachment attachment) =>
        attachment.FileName.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)
        || attachment.ContentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase);

    public static string ContentTypeFor(EmailAttachment attachment)
    {
        if (!IsCalendar(attachment))
        {
            return attachment.ContentType;
        }

        if (attachment.ContentType.Contains("method=", StringComparison.OrdinalIgnoreCase))
        {
            return attachment.ContentType;
        }

        return $"text/calendar; method={MethodOf(attachment.Content)}; charset=UTF-8";
    }

    /// <summary>METHOD of an iCalendar object; REQUEST when absent.</summary>
    public static string MethodOf(byte[] ics)
    {
        foreach (var line in Encoding.UTF8.GetString(ics).Split('\n'))
        {
            if (line.StartsWith("METHOD:", StringComparison.OrdinalIgnoreCase))
            {
                return line["METHOD:".Length..].Trim().ToUpperInvariant();
            }
        }

        return "REQUEST";
    }
}
