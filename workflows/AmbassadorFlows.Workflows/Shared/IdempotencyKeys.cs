namespace AmbassadorFlows.Workflows.Shared;

/// <summary>
/// Keys that make a re-run activity send the same email (and the sender drop it). The official
/// <c>TaskActivityContext</c> carries no task id, so orchestrators make the key from what is the
/// same on every replay and every redelivery — the instance id and the step — and pass it in the
/// activity's input. Keys start with the instance id, so ops can tell whose an email is.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>A step that sends once per instance (or once per month, term, … named in <paramref name="step"/>).</summary>
    public static string For(string instanceId, string step) => $"{instanceId}:{step}";

    /// <summary>The email asking for an approval: approval ids are unique per step, term and ask.</summary>
    public static string Request(string approvalId) => $"{approvalId}:request";

    /// <summary>The one reminder of an approval.</summary>
    public static string Reminder(string approvalId) => $"{approvalId}:reminder";

    /// <summary>One of the emails an activity sends to many people under one key.</summary>
    public static string PerRecipient(string key, string employeeId) => $"{key}:{employeeId}";
}
