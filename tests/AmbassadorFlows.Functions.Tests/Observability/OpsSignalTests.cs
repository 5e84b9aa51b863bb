using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Functions.Tests.Observability;

/// <summary>The log lines the Azure Monitor alert rules count: written when they should be, without
/// personal data, and with the very prefixes infra/modules/alerts.bicep queries.</summary>
public sealed class OpsSignalTests
{
    [Fact]
    public async Task SignallingEmailSender_RelayRefuses_SignalWithTemplateAndCodeNotTheAddress()
    {
        using var log = new CapturedLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var sender = new SignallingEmailSender(new RefusingSender(), loggers.CreateLogger(OpsSignals.Category));
        var message = new EmailMessage("k1", new EmailAddress("zoe.private@example.com", "Zoë"), "Welcome Zoë", "<p>x</p>", "x") { Template = "welcome" };

        await Assert.ThrowsAsync<RequestFailedException>(() => sender.SendAsync(message));

        var line = Assert.Single(log.Lines);
        Assert.Contains(OpsSignals.Category + " | " + OpsSignals.MailDeliveryFailedPrefix + ": the welcome email was not delivered (RequestFailedException EmailDroppedAllRecipientsSuppressed, HTTP 400)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("zoe.private", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zoë", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignallingEmailSender_Delivered_NoSignal()
    {
        using var log = new CapturedLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var sender = new SignallingEmailSender(new RefusingSender { Refuse = false }, loggers.CreateLogger(OpsSignals.Category));

        await sender.SendAsync(new EmailMessage("k2", new EmailAddress("a@example.com", null), "s", "h", "t"));

        Assert.Empty(log.Lines);
    }

    [Fact]
    public async Task Decorate_RegisteredAdapter_WrappedOnceAndStillUsed()
    {
        var inner = new RefusingSender { Refuse = false };
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IEmailSender>(inner);

        SignallingEmailSender.Decorate(services);
        await using var provider = services.BuildServiceProvider();
        var sender = provider.GetRequiredService<IEmailSender>();

        Assert.IsType<SignallingEmailSender>(sender);
        Assert.Single(services, d => d.ServiceType == typeof(IEmailSender));
        await sender.SendAsync(new EmailMessage("k3", new EmailAddress("a@example.com", null), "s", "h", "t"));
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public void AlertRules_Infra_QueryTheAppsSignalPrefixes()
    {
        var alerts = File.ReadAllText(Path.Combine(AzuriteFixture.RepositoryRoot(), "infra", "modules", "alerts.bicep"));

        Assert.Contains($"message startswith \"{OpsSignals.RequestsPastDeadlinePrefix}\"", alerts, StringComparison.Ordinal);
        Assert.Contains($"message startswith \"{OpsSignals.MailDeliveryFailedPrefix}\"", alerts, StringComparison.Ordinal);
        // The overdue rule reads the count the line carries (structured as prop__Count by the Functions host).
        Assert.Contains("customDimensions.prop__Count", alerts, StringComparison.Ordinal);
    }

    private sealed class RefusingSender : IEmailSender
    {
        public bool Refuse { get; init; } = true;

        public int Calls { get; private set; }

        public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Refuse
                ? throw new RequestFailedException(400, $"Recipient {message.To.Address} is suppressed.", "EmailDroppedAllRecipientsSuppressed", null)
                : Task.FromResult(new EmailSendResult("sent"));
        }
    }
}
