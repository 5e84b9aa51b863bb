namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// The ops owner and their daily digest, under <c>AmbassadorFlows:Ops</c> (app settings
/// <c>AmbassadorFlows__Ops__Email</c> etc., set by infra from the <c>opsEmail</c>, <c>opsLanguage</c> and
/// <c>opsTimeZone</c> parameters). Without <see cref="Email"/> there is no digest.
/// </summary>
public sealed class OpsOptions
{
    public const string SectionName = "AmbassadorFlows:Ops";

    /// <summary>Where the digest goes; empty: no digest.</summary>
    public string? Email { get; set; }

    /// <summary>The digest's language: en, nl, fr or da (anything else: en).</summary>
    public string Language { get; set; } = "en";

    /// <summary>IANA time zone the digest's days and times are in (UTC when unknown to the machine).</summary>
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    /// <summary>Local hour from which yesterday's digest is sent (0-23): the first check at or after it sends.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>At most this many items per section; the rest are counted, not listed.</summary>
    public int MaxItems { get; set; } = 50;

    public bool Enabled => !string.IsNullOrWhiteSpace(Email);
}
