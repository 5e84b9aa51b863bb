using AmbassadorFlows.Workflows.Ports;
using Azure;

namespace AmbassadorFlows.Functions.Observability;

/// <summary>
/// Wraps the production email adapter (ACS, SMTP) so every delivery it refuses writes the
/// <see cref="OpsSignals.MailDeliveryFailed"/> line the alert rule counts, then fails as before: the
/// outbox or sent-mail log in front of it still records the error, and the activity still retries.
/// Only the template and the service's error code are logged: an exception message may name the recipient.
/// </summary>
public sealed class SignallingEmailSender(IEmailSender inner, ILogger logger) : IEmailSender
{
    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return await inner.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OpsSignals.MailDeliveryFailed(logger, message.Template ?? "untemplated", ErrorOf(ex));
            throw;
        }
    }

    /// <summary>The exception's type and, for Azure errors, the service's code and status.</summary>
    public static string ErrorOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is RequestFailedException azure
            ? $"{exception.GetType().Name} {azure.ErrorCode ?? "no code"}, HTTP {azure.Status}"
            : exception.GetType().Name;
    }

    /// <summary>Puts the wrapper around the email adapter registered last, if any (before local or
    /// Azure mode takes it as the relay of its outbox or sent-mail log).</summary>
    public static void Decorate(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IEmailSender));
        if (registered is null || registered.IsKeyedService)
        {
            return;
        }

        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IEmailSender),
            sp => new SignallingEmailSender(Create(sp, registered), sp.GetRequiredService<ILoggerFactory>().CreateLogger(OpsSignals.Category)),
            registered.Lifetime));
    }

    private static IEmailSender Create(IServiceProvider services, ServiceDescriptor descriptor)
        => descriptor.ImplementationInstance as IEmailSender
           ?? (IEmailSender?)descriptor.ImplementationFactory?.Invoke(services)
           ?? (IEmailSender)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
