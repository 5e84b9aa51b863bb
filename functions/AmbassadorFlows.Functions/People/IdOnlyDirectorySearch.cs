using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.People;

/// <summary>Search over a directory that cannot search: people by exact id, and the whole staff as the
/// only group. Used when the registered <see cref="IDirectory"/> does not implement <see cref="IDirectorySearch"/>.</summary>
public sealed class IdOnlyDirectorySearch(IDirectory directory) : IDirectorySearch
{
    public Task<IReadOnlyList<DirectoryGroup>> ListGroupsAsync(int max, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<DirectoryGroup>>([new DirectoryGroup(Api.CohortRequestParser.DefaultAudience, Api.CohortRequestParser.DefaultAudience, DirectoryGroupKind.Everyone)]);

    public async Task<IReadOnlyList<Employee>> FindPeopleAsync(string text, int max, CancellationToken cancellationToken = default)
        => string.IsNullOrWhiteSpace(text) || await directory.GetEmployeeAsync(text.Trim(), cancellationToken) is not { } employee ? [] : [employee];
}
