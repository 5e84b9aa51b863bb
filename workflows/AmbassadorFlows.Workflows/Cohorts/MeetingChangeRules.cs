namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>
/// Which changes to one month's meeting HR may make: a meeting that has not begun may be cancelled,
/// or moved to a later moment than now within <see cref="MaxShift"/> of where the plan put it. Planned
/// meetings are four or five weeks apart, so two moved meetings can never meet or swap places, a
/// term's last meeting stays before the term's end, and the next month's invites still follow the
/// month they belong to. The cohort orchestration checks a change with this before taking it (and
/// audits a refusal); the cohort page checks the same to name the problem on the form.
/// </summary>
public static class MeetingChangeRules
{
    public static readonly TimeSpan MaxShift = TimeSpan.FromDays(13);

    /// <summary>Null when <paramref name="newStartUtc"/> (null: cancel) may replace
    /// <paramref name="slot"/>'s meeting at <paramref name="nowUtc"/>; otherwise why not.</summary>
    public static MeetingChangeProblem? Check(MeetingSlot? slot, DateTime? newStartUtc, DateTime nowUtc)
    {
        if (slot is null)
        {
            return MeetingChangeProblem.UnknownMonth;
        }

        if (slot.StartUtc is not { } current)
        {
            return MeetingChangeProblem.AlreadyCancelled;
        }

        if (current <= nowUtc)
        {
            return MeetingChangeProblem.AlreadyStarted;
        }

        if (newStartUtc is not { } proposed)
        {
            return null;
        }

        if (proposed <= nowUtc)
        {
            return MeetingChangeProblem.NotInFuture;
        }

        if (proposed == current)
        {
            return MeetingChangeProblem.Unchanged;
        }

        return (proposed - slot.PlannedUtc).Duration() > MaxShift ? MeetingChangeProblem.TooFarFromPlan : null;
    }
}

public enum MeetingChangeProblem
{
    UnknownMonth,
    AlreadyCancelled,
    AlreadyStarted,
    NotInFuture,
    Unchanged,
    TooFarFromPlan,
}
