namespace AmbassadorFlows.Functions.Integrations.Graph;

/// <summary>The <c>Graph</c> configuration section. App-only auth: the app's managed identity
/// needs User.Read.All, GroupMember.Read.All and (for the calendar) Calendars.ReadWrite.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public bool Enabled { get; set; }

    /// <summary>Override of https://graph.microsoft.com/v1.0 (national clouds, tests).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Mailbox whose calendar holds the programme's meeting series (it is the organizer,
    /// e.g. ambassadors@contoso.com). Cancellations only know the series id, so the series must be
    /// findable in one known mailbox; this also lets Exchange scope Calendars.ReadWrite to that
    /// mailbox alone. Without it the Graph calendar is not registered.</summary>
    public string? CalendarMailbox { get; set; }

    /// <summary>Language for users without preferredLanguage.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Expand nested groups (transitiveMembers) rather than direct members only.</summary>
    public bool IncludeNestedGroupMembers { get; set; } = true;

    /// <summary>Retries of a throttled (429) or unavailable request; the SDK's handler allows at most 10.</summary>
    public int MaxRetries { get; set; } = 3;
}
