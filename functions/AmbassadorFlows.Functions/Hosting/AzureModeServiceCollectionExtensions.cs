using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Hosting;

/// <summary>
/// The app state of Azure mode (the Functions worker), on top of the common services: approvals,
/// audit, progress and the sent-mail log on Azure Tables, and secrets from configuration only. The
/// app folder is a read-only package mount and instances come and go, so nothing is written next
/// to the executable and nothing is generated: a missing setting stops the start with a message
/// naming it. The decision-redelivery sweep runs from a timer function
/// (<c>Azure/DecisionRedeliveryFunction.cs</c>), not a background service: a Flex instance that
/// scaled to zero runs no background loop, and the sweep needs the <c>[DurableClient]</c> binding.
/// </summary>
public static class AzureModeServiceCollectionExtensions
{
    /// <summary>Set by App Service on every instance: the site's default host name.</summary>
    public const string HostNameVariable = "WEBSITE_HOSTNAME";

    /// <exception cref="InvalidOperationException">The signing key, the public URL or the table storage is not configured.</exception>
    public static IServiceCollection AddAmbassadorFlowsAzure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.GetAppOptions();

        // Only the dashboard's dry run writes files (a throwaway database it deletes): on the instance's
        // temp disk, never in the package folder.
        options.DataPath = Path.Combine(Path.GetTempPath(), "ambassadorflows");

        // Links in emails need the public name; the address we listen on is the host's loopback port.
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl) && configuration[HostNameVariable] is { Length: > 0 } hostName)
        {
            options.PublicBaseUrl = $"https://{hostName}";
        }

        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            throw new InvalidOperationException($"{LocalModeOptions.SectionName}__PublicBaseUrl is not set (nor {HostNameVariable}): emailed links need the site's public address.");
        }

        var signingKeys = ConfiguredSigningKeys.Read(options)
            ?? throw new InvalidOperationException(
                $"No approval-link signing key. In Azure it comes from the app setting {LocalModeOptions.SectionName}__SigningKeys__<keyId> " +
                "(a Key Vault reference, set by infra/modules/appsettings.bicep); keys are never generated in Azure.");
        services.AddSingleton(signingKeys);

        services.AddTableAppState(configuration);
        services.AddSingleton(new ClientAddress(trustForwardedFor: true));

        return services;
    }
}
