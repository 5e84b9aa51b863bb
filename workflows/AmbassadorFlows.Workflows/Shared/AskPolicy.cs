namespace AmbassadorFlows.Workflows.Shared;

/// <summary>How long to wait for one answer. <see cref="Step"/> and <see cref="Role"/> go into the
/// custom status ("manager-approval", waiting on "manager:E014").</summary>
public sealed record AskPolicy(string Step, string Role, TimeSpan? RemindAfter, TimeSpan TimeoutAfter)
{
    public ResponseRequest? Escalation { get; init; }

    public TimeSpan EscalateAfter { get; init; }

    public static AskPolicy From(string step, string role, Programmes.ResponsePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(step, role, TimeSpan.FromDays(policy.ReminderAfterDays), TimeSpan.FromDays(policy.TimeoutAfterDays));
    }
}
