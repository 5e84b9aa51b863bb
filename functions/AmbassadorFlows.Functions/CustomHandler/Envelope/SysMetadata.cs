using System.Globalization;
using System.Text.Json;

namespace AmbassadorFlows.Functions.CustomHandler.Envelope;

/// <summary><c>Metadata.sys</c>: the function name, the host's clock and a random guid.</summary>
public sealed record SysMetadata(string? MethodName, DateTimeOffset? UtcNow, string? RandGuid)
{
    public static SysMetadata From(JsonElement? sys)
    {
        var utcNow = EnvelopeValues.ReadString(EnvelopeValues.Property(sys, "UtcNow"));
        return new SysMetadata(
            EnvelopeValues.ReadString(EnvelopeValues.Property(sys, "MethodName")),
            DateTimeOffset.TryParse(utcNow, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? parsed : null,
            EnvelopeValues.ReadString(EnvelopeValues.Property(sys, "RandGuid")));
    }
}
