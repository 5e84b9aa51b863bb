using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>A recipient as a mail client shows it: "Name &lt;address&gt;", or the address alone.</summary>
public static class OutboxAddress
{
    public static string Of(EmailAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.DisplayName is null ? address.Address : $"{address.DisplayName} <{address.Address}>";
    }
}
