namespace AmbassadorFlows.Functions.Health;

/// <summary>What a health report covers.</summary>
public enum HealthScope
{
    Cohort,
    Programme,
}
