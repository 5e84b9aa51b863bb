using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Privacy;

namespace AmbassadorFlows.Functions.Local;

/// <summary>The <c>AmbassadorFlows</c> configuration section (appsettings, or environment
/// variables such as <c>AmbassadorFlows__ManagementKey</c>). Everything has a local default.</summary>
public sealed class LocalModeOptions
{
    public const string SectionName = "AmbassadorFlows";

    /// <summary>Folder for the SQLite files and generated local secrets. A relative path is relative to
    /// the content root: the project folder under the README's <c>dotnet run --project …</c> (the
    /// csproj's RunWorkingDirectory), the current directory for the published executable, unless
    /// <c>--contentRoot</c> says otherwise; local mode makes it absolute at start-up.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Base of the links in emails, e.g. https://ambassadors.example.com. Default: the address we listen on.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Key for the management API (<c>code</c> or <c>x-functions-key</c>). Generated and printed when unset.</summary>
    public string? ManagementKey { get; set; }

    /// <summary>Approval-link signing keys by key id, base64 (32+ bytes). Generated and kept in the data folder when unset.</summary>
    public Dictionary<string, string> SigningKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key id new links are signed with; default: the only configured key.</summary>
    public string? ActiveSigningKeyId { get; set; }

    /// <summary>The employee directory JSON. Default: the sample shipped with the app.</summary>
    public string? DirectoryPath { get; set; }

    /// <summary>HR API request bodies above this many bytes get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Local mode's access keys (<c>AmbassadorFlows__Access__*</c>); none means loopback only.</summary>
    public AccessOptions Access { get; set; } = new();

    /// <summary>How often local mode erases people past their retention (<c>AmbassadorFlows__Erasure__*</c>).</summary>
    public ErasureOptions Erasure { get; set; } = new();

    /// <summary>Where local mode keeps orchestrations (<c>AmbassadorFlows__Durable__*</c>).</summary>
    public LocalDurableSettings Durable { get; set; } = new();

    public string DataFile(string name) => Path.Combine(Path.GetFullPath(DataPath), name);
}
