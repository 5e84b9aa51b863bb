using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>
/// What HR changes in a running cohort (orchestration version 4): who owns it, and when each month's
/// meeting takes place. Each kind of change has one waiter at a time, made when the cohort starts and
/// again after each change taken, never cancelled: a change that comes while the cohort is busy
/// elsewhere (asking HR for the selection, say) completes its waiter and is taken at the cohort's next
/// wait. State only: the orchestrator applies a change (activities, audit, invites) and then records it here.
/// </summary>
internal sealed class CohortChanges
{
    private readonly TaskOrchestrationContext _context;
    private readonly List<MeetingSlot> _meetings;
    private readonly Dictionary<int, IReadOnlyList<string>> _invited = [];

    public CohortChanges(TaskOrchestrationContext context, CohortPlan plan)
    {
        _context = context;
        Hr = plan.Hr;
        _meetings = [.. plan.MeetingsUtc.Select((start, i) => new MeetingSlot(i + 1, start, start, 0))];
        HrChange = context.WaitForExternalEvent<HrOwnerChange>(CohortEvents.HrOwnerChanged);
        MeetingChange = context.WaitForExternalEvent<MeetingChange>(CohortEvents.MeetingChanged);
    }

    public Task<HrOwnerChange> HrChange { get; private set; }

    public Task<MeetingChange> MeetingChange { get; private set; }

    /// <summary>The cohort's HR owner now.</summary>
    public Person Hr { get; private set; }

    /// <summary>The month the cohort is at (for the status: the meetings of its term).</summary>
    public int Month { get; set; } = 1;

    /// <summary>The calendar series, once it exists (its occurrences follow the changes).</summary>
    public string? SeriesId { get; set; }

    /// <summary>True when a change has come and waits to be taken.</summary>
    public bool Pending => HrChange.IsCompleted || MeetingChange.IsCompleted;

    public MeetingSlot? Slot(int month) => month >= 1 && month <= _meetings.Count ? _meetings[month - 1] : null;

    /// <summary>When <paramref name="month"/>'s meeting starts now; null when HR cancelled it.</summary>
    public DateTime? StartOf(int month) => _meetings[month - 1].StartUtc;

    /// <summary>Who got <paramref name="month"/>'s invite (empty before it went out).</summary>
    public IReadOnlyList<string> InvitedTo(int month) => _invited.TryGetValue(month, out var invited) ? invited : [];

    public void Invited(int month, IReadOnlyList<string> participants) => _invited[month] = participants;

    public async Task<HrOwnerChange> TakeHrChangeAsync()
    {
        var change = await HrChange;
        HrChange = _context.WaitForExternalEvent<HrOwnerChange>(CohortEvents.HrOwnerChanged);
        Hr = change.NewHr;
        return change;
    }

    public async Task<MeetingChange> TakeMeetingChangeAsync()
    {
        var change = await MeetingChange;
        MeetingChange = _context.WaitForExternalEvent<MeetingChange>(CohortEvents.MeetingChanged);
        return change;
    }

    /// <summary>Records an accepted change; returns the slot as it stands now.</summary>
    public MeetingSlot Apply(int month, DateTime? newStartUtc)
    {
        var slot = _meetings[month - 1];
        var changed = slot with { StartUtc = newStartUtc, Sequence = slot.Sequence + 1 };
        _meetings[month - 1] = changed;
        return changed;
    }

    /// <summary>The owner and the meetings of the term <see cref="Month"/> is in, for the custom status.</summary>
    public CohortCalendarStatus Status(int termMonths)
    {
        var first = ((Month - 1) / termMonths * termMonths) + 1;
        return new CohortCalendarStatus(Hr.EmployeeId, [.. _meetings.Skip(first - 1).Take(termMonths)]);
    }
}
