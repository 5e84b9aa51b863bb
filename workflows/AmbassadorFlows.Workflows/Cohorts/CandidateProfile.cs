namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What the diversity summary needs to know about a candidate.</summary>
public sealed record CandidateProfile(string EmployeeId, string Name, string? Department, string? Level, string? Region, DateOnly? HireDate, bool Nominated);
