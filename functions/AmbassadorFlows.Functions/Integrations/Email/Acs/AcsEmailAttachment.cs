namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>ACS <c>EmailAttachment</c>; sent as <c>contentInBase64</c>.</summary>
public sealed record AcsEmailAttachment(string Name, string ContentType, BinaryData Content)
{
    /// <summary>For inline images (api-version 2025-09-01 and later).</summary>
    public string? ContentId { get; init; }
}
