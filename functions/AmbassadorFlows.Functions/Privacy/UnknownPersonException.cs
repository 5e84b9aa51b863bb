namespace AmbassadorFlows.Functions.Privacy;

/// <summary>Neither the directory nor any store or journey knows the employee id, so there is nothing
/// to erase or export (and nothing to audit: a typo must not read as an erasure that happened).</summary>
public sealed class UnknownPersonException(string employeeId)
    : Exception($"No employee '{employeeId}': the directory does not know them and nothing is held about them.")
{
    public string EmployeeId { get; } = employeeId;
}
