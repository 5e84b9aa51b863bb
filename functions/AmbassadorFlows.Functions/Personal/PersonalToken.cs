namespace AmbassadorFlows.Functions.Personal;

/// <summary>What a personal link carries: whose page it opens, the link version it was issued
/// under (rotating the person's version revokes every older link) and the key that signed it.</summary>
public sealed record PersonalToken(string EmployeeId, int LinkVersion, string KeyId);
