namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary>Which <c>IEmailSender</c> adapter runs (<c>Email:Provider</c>).</summary>
public enum EmailProvider
{
    /// <summary>Local outbox (default): this extension registers nothing; the app registers the outbox.</summary>
    Outbox,
    Smtp,
    Acs,
}
