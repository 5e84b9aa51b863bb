namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Who is who. Implementations: a JSON file (local default) and Microsoft Graph.</summary>
public interface IDirectory
{
    Task<Employee?> GetEmployeeAsync(string employeeId, CancellationToken cancellationToken = default);

    Task<Employee?> GetManagerAsync(string employeeId, CancellationToken cancellationToken = default);

    /// <summary>Members of a group or audience (e.g. "all-staff", a department), all pages.</summary>
    Task<IReadOnlyList<Employee>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default);
}

/// <summary>An employee as the directory knows them. <see cref="PreferredLanguage"/> is a two-letter
/// code (en, nl, fr, da) and chooses the email template language.</summary>
public sealed record Employee(
    string Id,
    string DisplayName,
    string Email,
    string? Department,
    string? JobTitle,
    string? Level,
    string? Region,
    string PreferredLanguage,
    DateOnly? HireDate,
    string? ManagerId);
