using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>
/// The production email adapter (SMTP, ACS) that the integrations registered, taken out of the
/// container so the app's own <see cref="IEmailSender"/> (the outbox or the sent-mail log) can record
/// each message and then hand it on. Without a registered adapter there is no relay.
/// </summary>
internal sealed class EmailRelay
{
    private readonly ServiceDescriptor _descriptor;

    private EmailRelay(ServiceDescriptor descriptor)
    {
        _descriptor = descriptor;
    }

    /// <summary>Removes the last <see cref="IEmailSender"/> registration and keeps it as the relay.</summary>
    public static void CaptureRegisteredSender(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IEmailSender));
        if (registered is not null)
        {
            services.Remove(registered);
            services.AddSingleton(new EmailRelay(registered));
        }
    }

    /// <summary>True when mail really goes out (SMTP, ACS) rather than only into the local outbox.</summary>
    public static bool IsConfigured(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<EmailRelay>() is not null;
    }

    /// <summary>The relay of this container, or null when email is only recorded.</summary>
    public static IEmailSender? Resolve(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<EmailRelay>() is not { } relay)
        {
            return null;
        }

        var descriptor = relay._descriptor;
        if (descriptor.ImplementationInstance is IEmailSender instance)
        {
            return instance;
        }

        if (descriptor.ImplementationFactory is { } factory)
        {
            return (IEmailSender)factory(services);
        }

        return (IEmailSender)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
    }
}
