using System.Text.Json;
using Azure;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>JSON of the ACS Email REST API, written by hand so the bytes are exactly what the
/// spec shows (and what the HMAC content hash covers); null and empty parts are left out.</summary>
internal static class AcsEmailSerializer
{
    public static byte[] SerializeMessage(AcsEmailMessage message)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("senderAddress", message.SenderAddress);
            w.WriteStartObject("recipients");
            WriteAddresses(w, "to", message.Recipients.To, always: true);
            WriteAddresses(w, "cc", message.Recipients.CC, always: false);
            WriteAddresses(w, "bcc", message.Recipients.BCC, always: false);
            w.WriteEndObject();
            w.WriteStartObject("content");
            w.WriteString("subject", message.Content.Subject);
            if (message.Content.PlainText is { } text)
            {
                w.WriteString("plainText", text);
            }

            if (message.Content.Html is { } html)
            {
                w.WriteString("html", html);
            }

            w.WriteEndObject();
            WriteAddresses(w, "replyTo", message.ReplyTo, always: false);
            if (message.Attachments.Count > 0)
            {
                w.WriteStartArray("attachments");
                foreach (var a in message.Attachments)
                {
                    w.WriteStartObject();
                    w.WriteString("name", a.Name);
                    w.WriteString("contentType", a.ContentType);
                    w.WriteBase64String("contentInBase64", a.Content.ToMemory().Span);
                    if (a.ContentId is { } id)
                    {
                        w.WriteString("contentId", id);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (message.Headers.Count > 0)
            {
                w.WriteStartObject("headers");
                foreach (var (name, value) in message.Headers)
                {
                    w.WriteString(name, value);
                }

                w.WriteEndObject();
            }

            if (message.UserEngagementTrackingDisabled is { } disabled)
            {
                w.WriteBoolean("userEngagementTrackingDisabled", disabled);
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads <c>{"id","status","error"?}</c> from a send (202) or status (200) response.</summary>
    public static AcsEmailSendResult? ReadResult(BinaryData? body, string fallbackId)
    {
        if (body is null || body.ToMemory().IsEmpty)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : fallbackId;
        if (!root.TryGetProperty("status", out var statusEl) || statusEl.ValueKind != JsonValueKind.String
            || !Enum.TryParse<EmailSendStatus>(statusEl.GetString(), ignoreCase: true, out var status))
        {
            return null;
        }

        return new AcsEmailSendResult(id, status, ReadError(root));
    }

    /// <summary>Reads <c>{"error":{"code","message"}}</c> (ErrorResponse) when present.</summary>
    public static ResponseError? ReadError(BinaryData? body)
    {
        if (body is null || body.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? ReadError(doc.RootElement) : null;
        }
        catch (JsonException)
        {
            return null; // e.g. an HTML error page from a proxy
        }
    }

    private static ResponseError? ReadError(JsonElement root)
    {
        if (!root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ResponseError(String(error, "code"), String(error, "message"));
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static void WriteAddresses(Utf8JsonWriter w, string name, IList<AcsEmailAddress> addresses, bool always)
    {
        if (addresses.Count == 0 && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var a in addresses)
        {
            w.WriteStartObject();
            w.WriteString("address", a.Address);
            if (a.DisplayName is { } displayName)
            {
                w.WriteString("displayName", displayName);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
