using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Samples;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

/// <summary>The embedded sample employees. Groups: "all-staff", a department or a region name.</summary>
public sealed class SampleDirectory : IDirectory
{
    private readonly Dictionary<string, Employee> _employees;

    /// <param name="anonymous">Names and addresses made from the ids ("E005", "e005@example.invalid"),
    /// for recordings that are checked in (replay fixtures hold ids only).</param>
    public SampleDirectory(bool anonymous = false)
    {
        _employees = SampleEmployees.Load()
            .Select(e => anonymous ? e with { DisplayName = e.Id, Email = $"{e.Id.ToLowerInvariant()}@example.invalid" } : e)
            .ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<Employee> All => _employees.Values;

    public Employee this[string id] => _employees[id];

    /// <summary>Takes someone out, as a directory sync does (renamed account, data error, departure).</summary>
    public void Remove(string id) => _employees.Remove(id);

    public Task<Employee?> GetEmployeeAsync(string employeeId, CancellationToken cancellationToken = default)
        => Task.FromResult(_employees.GetValueOrDefault(employeeId));

    public Task<Employee?> GetManagerAsync(string employeeId, CancellationToken cancellationToken = default)
        => Task.FromResult(_employees.GetValueOrDefault(employeeId)?.ManagerId is { } managerId ? _employees.GetValueOrDefault(managerId) : null);

    public Task<IReadOnlyList<Employee>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<Employee>>(groupId == "all-staff"
            ? [.. _employees.Values]
            : [.. _employees.Values.Where(e => e.Department == groupId || e.Region == groupId)]);
}
