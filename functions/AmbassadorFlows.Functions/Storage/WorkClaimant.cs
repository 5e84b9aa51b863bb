using System.Security.Cryptography;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>Names for <see cref="IWorkClaims"/> holders.</summary>
public static class WorkClaimant
{
    /// <summary>This process: machine name, process id and a random suffix, so two processes on one
    /// host (or from one container image) never pass for each other.</summary>
    public static string ThisProcess { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";

    /// <summary>One request: two requests in the same process must not share a claim either.</summary>
    public static string NewRequest() => $"{ThisProcess}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
}
