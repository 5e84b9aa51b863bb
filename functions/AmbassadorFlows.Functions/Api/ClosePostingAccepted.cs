namespace AmbassadorFlows.Functions.Api;

/// <summary>The answer to closing a posting: the cohort takes it in its next turn; follow it at <see cref="StatusQueryGetUri"/>.</summary>
public sealed record ClosePostingAccepted(string Id, Uri StatusQueryGetUri);
