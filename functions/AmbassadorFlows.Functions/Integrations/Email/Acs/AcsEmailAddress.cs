namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>ACS <c>EmailAddress</c> (named apart from the workflow port's EmailAddress).</summary>
public sealed record AcsEmailAddress(string Address, string? DisplayName = null);
