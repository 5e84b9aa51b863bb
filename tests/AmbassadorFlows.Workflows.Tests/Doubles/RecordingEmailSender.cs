using System.Collections.Concurrent;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

/// <summary>Keeps every email; a repeated idempotency key is reported as already sent, as a real sender must.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentDictionary<string, EmailMessage> _byKey = new();
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public int Duplicates { get; private set; }

    public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_byKey.TryAdd(message.IdempotencyKey, message))
        {
            Duplicates++;
            return Task.FromResult(new EmailSendResult(message.IdempotencyKey, AlreadySent: true));
        }

        _sent.Enqueue(message);
        return Task.FromResult(new EmailSendResult(message.IdempotencyKey));
    }

    public IReadOnlyList<EmailMessage> To(string email) => [.. Sent.Where(m => m.To.Address == email)];

    public IReadOnlyList<EmailMessage> WithTemplate(string template) => [.. Sent.Where(m => m.Template == template)];
}
