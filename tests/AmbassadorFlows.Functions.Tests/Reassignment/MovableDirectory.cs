using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Reassignment;

/// <summary>The sample directory, in which a test can give someone a new manager while the app runs.</summary>
public sealed class MovableDirectory : IDirectory, IDirectorySearch
{
    private JsonFileDirectory _inner = JsonFileDirectory.Load(null);

    public void ChangeManager(string employeeId, string managerId)
        => _inner = new JsonFileDirectory(_inner.All.Select(e => e.Id == employeeId ? e with { ManagerId = managerId } : e));

    public Task<Employee?> GetEmployeeAsync(string employeeId, CancellationToken cancellationToken = default) => _inner.GetEmployeeAsync(employeeId, cancellationToken);

    public Task<Employee?> GetManagerAsync(string employeeId, CancellationToken cancellationToken = default) => _inner.GetManagerAsync(employeeId, cancellationToken);

    public Task<IReadOnlyList<Employee>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) => _inner.GetGroupMembersAsync(groupId, cancellationToken);

    public Task<IReadOnlyList<DirectoryGroup>> ListGroupsAsync(int max, CancellationToken cancellationToken = default) => _inner.ListGroupsAsync(max, cancellationToken);

    public Task<IReadOnlyList<Employee>> FindPeopleAsync(string text, int max, CancellationToken cancellationToken = default) => _inner.FindPeopleAsync(text, max, cancellationToken);
}
