using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Samples;

/// <summary>The embedded sample directory (Samples/employees.json): 46 employees across
/// departments, levels, regions and the four languages, for local mode, demos and tests.</summary>
public static class SampleEmployees
{
    public const string ResourceName = "AmbassadorFlows.Workflows.Samples.employees.json";

    public static string ReadJson()
    {
        using var stream = typeof(SampleEmployees).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<Employee> Load() => Parse(ReadJson());

    /// <summary>Reads <c>{"employees": [...]}</c> in the sample's format.</summary>
    public static IReadOnlyList<Employee> Parse(string json)
        => JsonSerializer.Deserialize<EmployeeFile>(json, WorkflowJson.Options)?.Employees ?? [];

    private sealed record EmployeeFile(IReadOnlyList<Employee> Employees);
}
