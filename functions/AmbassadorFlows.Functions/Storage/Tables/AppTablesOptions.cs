namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Where the app's tables (approvals, audit, progress, sent mail) live in Azure
/// mode. In Azure: <see cref="ServiceUri"/> with the managed identity (default: the host's
/// <c>AzureWebJobsStorage__tableServiceUri</c>, the account Durable uses). For Azurite and tests:
/// <see cref="ConnectionString"/>.</summary>
public sealed class AppTablesOptions
{
    public const string Section = "AmbassadorFlows:Tables";

    public Uri? ServiceUri { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Prepended to the table names (letters and digits), so several apps or test runs can
    /// share an account.</summary>
    public string TablePrefix { get; set; } = "af";
}
