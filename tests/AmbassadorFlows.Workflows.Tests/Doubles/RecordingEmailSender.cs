using System.Collections.Concurrent;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

/// <summary>Keeps every email; a repeated idempotency key is reported as already sent, as a real sender must.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentDictionary<string, EmailMessage> _byKey = new();
    private readonly ConcurrentQueue<EmailMessage> _sent = new();
    private readonly ConcurrentDictionary<EmailMessage, DateTimeOffset> _sentAt = new(ReferenceEqualityComparer.Instance);

    /// <summary>The clock that stamps each email when it is sent (the harness's); without it, none is kept.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>When <paramref name="message"/> was sent, on <see cref="Clock"/>.</summary>
    public DateTimeOffset SentAt(EmailMessage message) => _sentAt[message];

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

        if (Clock is { } clock)
        {
            _sentAt[message] = clock.GetUtcNow();
        }

        _sent.Enqueue(message);
        return Task.FromResult(new EmailSendResult(message.IdempotencyKey));
    }

    public IReadOnlyList<EmailMessage> To(string email) => [.. Sent.Where(m => m.To.Address == email)];

    public IReadOnlyList<EmailMessage> WithTemplate(string template) => [.. Sent.Where(m => m.Template == template)];
}
