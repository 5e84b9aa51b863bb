namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>To, CC and BCC recipients of an ACS email.</summary>
public sealed class EmailRecipients(
    IEnumerable<AcsEmailAddress>? to = null,
    IEnumerable<AcsEmailAddress>? cc = null,
    IEnumerable<AcsEmailAddress>? bcc = null)
{
    public IList<AcsEmailAddress> To { get; } = [.. to ?? []];

    public IList<AcsEmailAddress> CC { get; } = [.. cc ?? []];

    public IList<AcsEmailAddress> BCC { get; } = [.. bcc ?? []];
}
