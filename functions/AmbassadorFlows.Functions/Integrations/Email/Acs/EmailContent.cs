namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>Subject and bodies of an ACS email; at least one body is required.</summary>
public sealed class EmailContent(string subject)
{
    public string Subject { get; } = subject;

    public string? PlainText { get; set; }

    public string? Html { get; set; }
}
