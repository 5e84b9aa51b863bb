using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Samples;

namespace AmbassadorFlows.Functions.Local;

/// <summary>The local directory: employees from a JSON file (by default the 46-employee sample).
/// Groups are "all-staff", a department, a region or a level, matched case-insensitively.</summary>
public sealed class JsonFileDirectory : IDirectory, IDirectorySearch
{
    public const string AllStaff = "all-staff";
    private readonly Dictionary<string, Employee> _employees;

    public JsonFileDirectory(IEnumerable<Employee> employees)
    {
        ArgumentNullException.ThrowIfNull(employees);
        _employees = employees.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The configured file (<c>{"employees": [...]}</c>, as the sample), else the sample shipped with the workflows.</summary>
    public static JsonFileDirectory Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new JsonFileDirectory(SampleEmployees.Load());
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The employee directory {full} does not exist. Set AmbassadorFlows:DirectoryPath to a JSON file like the sample, or unset it.", full);
        }

        var employees = SampleEmployees.Parse(File.ReadAllText(full));
        return employees.Count > 0 ? new JsonFileDirectory(employees) : throw new InvalidOperationException($"The directory file {full} lists no employees.");
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

    public Task<IReadOnlyList<DirectoryGroup>> ListGroupsAsync(int max, CancellationToken cancellationToken = default)
    {
        static IEnumerable<DirectoryGroup> Of(IEnumerable<string?> values, DirectoryGroupKind kind)
            => values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).Select(v => new DirectoryGroup(v, v, kind));

        IReadOnlyList<DirectoryGroup> groups =
        [
            .. new[] { new DirectoryGroup(AllStaff, AllStaff, DirectoryGroupKind.Everyone) }
                .Concat(Of(_employees.Values.Select(e => e.Department), DirectoryGroupKind.Department))
                .Concat(Of(_employees.Values.Select(e => e.Region), DirectoryGroupKind.Region))
                .Concat(Of(_employees.Values.Select(e => e.Level), DirectoryGroupKind.Level))
                .Take(max),
        ];
        return Task.FromResult(groups);
    }

    public Task<IReadOnlyList<Employee>> FindPeopleAsync(string text, int max, CancellationToken cancellationToken = default)
    {
        var wanted = text?.Trim() ?? string.Empty;
        if (wanted.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<Employee>>([]);
        }

        bool Exact(Employee e) => string.Equals(e.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(e.Email, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(e.DisplayName, wanted, StringComparison.CurrentCultureIgnoreCase);
        IReadOnlyList<Employee> found =
        [
            .. _employees.Values
                .Where(e => Exact(e) || e.DisplayName.Contains(wanted, StringComparison.CurrentCultureIgnoreCase))
                .OrderBy(e => Exact(e) ? 0 : 1)
                .ThenBy(e => e.DisplayName, StringComparer.CurrentCulture)
                .Take(max),
        ];
        return Task.FromResult(found);
    }
}
