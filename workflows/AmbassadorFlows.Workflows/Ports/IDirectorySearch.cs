namespace AmbassadorFlows.Workflows.Ports;

/// <summary>What HR's forms look up in the directory: the groups a posting can go to, and people by
/// id, address or name. Kept apart from <see cref="IDirectory"/>, which the orchestrations use: a
/// journey never searches. Each call returns at most <c>max</c> results, whatever the directory's size.</summary>
public interface IDirectorySearch
{
    /// <summary>Groups a cohort's posting can go to, "all-staff" first.</summary>
    Task<IReadOnlyList<DirectoryGroup>> ListGroupsAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>People whose id or address is <paramref name="text"/>, or whose name contains it
    /// (case-insensitive), exact matches first.</summary>
    Task<IReadOnlyList<Employee>> FindPeopleAsync(string text, int max, CancellationToken cancellationToken = default);
}

/// <summary>A group as HR sees it: the id the posting is sent to, and its name.</summary>
public sealed record DirectoryGroup(string Id, string Name, DirectoryGroupKind Kind);

public enum DirectoryGroupKind
{
    Everyone,
    Department,
    Region,
    Level,
    Group,
}
