using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// Everything that identifies one person in our stores, gathered before an erasure or export: their
/// employee id, the addresses and names they had (the directory may no longer know someone who
/// left), the free texts they wrote (those reach other people's emails, e.g. a meeting agenda) and
/// their journeys. Each store adds what it knows (<see cref="IPersonalDataStore.CollectAsync"/>).
/// </summary>
public sealed class PersonalDataSubject
{
    public PersonalDataSubject(string employeeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        EmployeeId = employeeId;
    }

    public string EmployeeId { get; }

    public HashSet<string> Emails { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Comments and form answers in the person's own words.</summary>
    public HashSet<string> Texts { get; } = new(StringComparer.Ordinal);

    public HashSet<string> JourneyInstanceIds { get; } = new(StringComparer.Ordinal);

    public void AddEmail(string? email)
    {
        if (!string.IsNullOrWhiteSpace(email) && email.Contains('@', StringComparison.Ordinal))
        {
            Emails.Add(email.Trim());
        }
    }

    public void AddName(string? name)
    {
        // A name of a letter or two would redact half of every email; such a name is matched by address alone.
        if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length >= 3)
        {
            Names.Add(name.Trim());
        }
    }

    public void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Texts.Add(text.Trim());
        }
    }

    /// <summary>Something identifies the person (the directory or a store knew an address or name, or a
    /// journey is theirs); false for an id nobody ever had.</summary>
    public bool IsKnown => Emails.Count > 0 || Names.Count > 0 || JourneyInstanceIds.Count > 0;

    public bool IsAddress(string? address) => address is not null && Emails.Contains(address.Trim());

    /// <summary>The message went to the person (as recipient or in copy): it belongs in their export.</summary>
    public bool Received(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return IsAddress(message.To.Address) || message.Cc.Any(c => IsAddress(c.Address));
    }
}
