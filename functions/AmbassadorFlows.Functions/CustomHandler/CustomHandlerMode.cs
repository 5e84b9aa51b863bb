using System.Globalization;

namespace AmbassadorFlows.Functions.CustomHandler;

/// <summary>Which hosting mode the process is in. The Functions host starts a custom handler with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set (legacy name <c>FUNCTIONS_HTTPWORKER_PORT</c>); without
/// it we are in local mode with the embedded engine.</summary>
public static class CustomHandlerMode
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public const string LegacyPortVariable = "FUNCTIONS_HTTPWORKER_PORT";

    public static bool IsEnabled(IConfiguration configuration) => GetPort(configuration) is not null;

    /// <summary>The port the host expects us on, or null in local mode.</summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not a port number.</exception>
    public static int? GetPort(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var raw = configuration[PortVariable];
        if (string.IsNullOrWhiteSpace(raw))
        {
            raw = configuration[LegacyPortVariable];
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // A bad value is a deployment error; failing fast beats silently running in local mode.
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{PortVariable}='{raw}' is not a TCP port.");
        }

        return port;
    }
}
