using AmbassadorFlows.Functions.Integrations;
using AmbassadorFlows.Functions.Integrations.Email;
using AmbassadorFlows.Functions.Integrations.Graph;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using AmbassadorFlows.Workflows.Ports;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace AmbassadorFlows.Functions.Tests.Integrations;

public class IntegrationsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAmbassadorFlowsIntegrations_NoSettings_RegistersNoPortAdapters()
    {
        using var sp = Build([]);

        Assert.Null(sp.GetService<IEmailSender>());
        Assert.Null(sp.GetService<IDirectory>());
        Assert.Null(sp.GetService<ICalendar>());
    }

    [Fact]
    public void AddAmbassadorFlowsIntegrations_Smtp_RegistersSmtpSenderWithBoundOptions()
    {
        using var sp = Build(new()
        {
            ["Email:Provider"] = "Smtp",
            ["Email:Sender"] = "noreply@contoso.com",
            ["Email:Smtp:Host"] = "smtp.contoso.com",
            ["Email:Smtp:Port"] = "587",
            ["Email:Smtp:Security"] = "StartTls",
        });

        Assert.IsType<SmtpEmailSender>(sp.GetService<IEmailSender>());
        var options = sp.GetRequiredService<EmailOptions>();
        Assert.Equal(587, options.Smtp.Port);
        Assert.Equal(MailKit.Security.SecureSocketOptions.StartTls, options.Smtp.Security);
    }

    [Fact]
    public void AddAmbassadorFlowsIntegrations_AcsWithAccessKey_ReplacesEarlierEmailSender()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEmailSender>(Substitute.For<IEmailSender>()); // the app's outbox default
        using var sp = Build(
            new()
            {
                ["Email:Provider"] = "Acs",
                ["Email:Sender"] = "DoNotReply@x.azurecomm.net",
                ["Email:Acs:Endpoint"] = "https://x.communication.azure.com",
                ["Email:Acs:AccessKey"] = AcsFake.AccessKey,
            },
            services);

        Assert.IsType<AcsEmailSender>(sp.GetRequiredService<IEmailSender>());
        Assert.Single(sp.GetServices<IEmailSender>());
    }

    [Fact]
    public void AddAmbassadorFlowsIntegrations_AcsWithoutEndpoint_ThrowsNamingTheKey()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Email:Provider"] = "Acs", ["Email:Sender"] = "a@b.com" }));

        Assert.Contains("Email:Acs:Endpoint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAmbassadorFlowsIntegrations_GraphEnabledWithMailbox_RegistersDirectoryAndCalendar()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TokenCredential>(new FakeTokenCredential("t"));
        using var sp = Build(new() { ["Graph:Enabled"] = "true", ["Graph:CalendarMailbox"] = "meetings@contoso.com" }, services);

        Assert.IsType<GraphDirectory>(sp.GetService<IDirectory>());
        Assert.IsType<GraphCalendar>(sp.GetService<ICalendar>());
    }

    [Fact]
    public void AddAmbassadorFlowsIntegrations_GraphEnabledWithoutMailbox_RegistersDirectoryOnly()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TokenCredential>(new FakeTokenCredential("t"));
        using var sp = Build(new() { ["Graph:Enabled"] = "true" }, services);

        Assert.IsType<GraphDirectory>(sp.GetService<IDirectory>());
        Assert.Null(sp.GetService<ICalendar>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, ServiceCollection? services = null)
    {
        services ??= new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services.AddAmbassadorFlowsIntegrations(configuration);
        return services.BuildServiceProvider();
    }
}
