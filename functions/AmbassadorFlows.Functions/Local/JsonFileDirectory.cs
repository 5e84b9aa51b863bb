using System.Text.Json;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Local;

/// <summary>The local directory: employees from a JSON array (the sample ships with the app).
/// Groups are "all-staff", a department, a region or a level, matched case-insensitively.</summary>
public sealed class JsonFileDirectory : IDirectory
{
    public const string AllStaff = "all-staff";
    private readonly Dictionary<string, Employee> _employees;

    public JsonFileDirectory(IEnumerable<Employee> employees)
    {
        ArgumentNullException.ThrowIfNull(employees);
        _employees = employees.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    public static JsonFileDirectory Load(string path)
    {
        using var stream = File.OpenRead(path);
        var employees = JsonSerializer.Deserialize<List<Employee>>(stream, JsonDataConverter.DefaultOptions)
            ?? throw new InvalidOperationException($"The directory file {path} is empty.");
        return new JsonFileDirectory(employees);
    }

    public IReadOnlyCollection<Employee> All => _employees.Values;

    public Task<Employee?> GetEmployeeAsync(string employeeId, CancellationToken cancellationToken = default)
        => Task.FromResult(employeeId is not null && _employees.TryGetValue(employeeId, out var e) ? e : null);

    public Task<Employee?> GetManagerAsync(string employeeId, CancellationToken cancellationToken = default)
        => Task.FromResult(
            employeeId is not null && _employees.TryGetValue(employeeId, out var e) && e.ManagerId is not null && _employees.TryGetValue(e.ManagerId, out var manager)
                ? manager
                : null);

    public Task<IReadOnlyList<Employee>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Employee> members = string.Equals(groupId, AllStaff, StringComparison.OrdinalIgnoreCase)
            ? [.. _employees.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]
            : [.. _employees.Values
                .Where(e => Matches(e.Department, groupId) || Matches(e.Region, groupId) || Matches(e.Level, groupId))
                .OrderBy(e => e.Id, StringComparer.Ordinal)];
        return Task.FromResult(members);
    }

    private static bool Matches(string? value, string groupId) => string.Equals(value, groupId, StringComparison.OrdinalIgnoreCase);
}
