namespace AmbassadorFlows.Functions.Approvals;

/// <summary>What a signed approval link carries: the approval it answers (which names the step and
/// instance), the person it was issued to, when it stops working, and a random nonce that makes
/// every issued link distinct (reminders re-issue fresh links).</summary>
public sealed record ApprovalToken(string ApprovalId, string AssigneeId, string EventName, DateTimeOffset ExpiresAt, string Nonce, string KeyId);
