namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Where the approval tables live. In Azure: <see cref="ServiceUri"/> with the managed
/// identity (falls back to the host's <c>AzureWebJobsStorage__tableServiceUri</c>). For Azurite and
/// tests: <see cref="ConnectionString"/>.</summary>
public sealed class TableApprovalStoreOptions
{
    public const string Section = "ApprovalStore:Tables";

    public Uri? ServiceUri { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Prepended to the table names (letters and digits), so several apps or test runs can
    /// share an account.</summary>
    public string TablePrefix { get; set; } = "af";
}
