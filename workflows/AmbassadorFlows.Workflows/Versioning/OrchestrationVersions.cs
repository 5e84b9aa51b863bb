using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Versioning;

/// <summary>
/// The orchestration versions of the cohort and journey orchestrators. An instance keeps the version
/// it was started with for its whole life (a cohort runs a year or more), and a journey runs the
/// version of its cohort. Behaviour that changes is gated on the instance's version; the old branch
/// stays until no instance of that version can be running. New instances get <see cref="Current"/>
/// (host.json's <c>defaultVersion</c> in Azure, the same worker and client options locally), and a
/// worker refuses instances newer than itself. README: "Shipping an orchestrator change".
/// </summary>
public static class OrchestrationVersions
{
    /// <summary>Version 1: instances started before versioning carry no version (the empty string,
    /// older than any other).</summary>
    public const string V1 = "";

    /// <summary>Version 2: a renewal refused by the last of its approvers withdraws (version 1 took
    /// it for a grant); a cohort completes as soon as its last journey has ended (version 1 waited
    /// for the next meeting's invite time); a check-in given during training is recorded at once
    /// (version 1 kept it until the active term began); HR's monthly summary goes out the programme's
    /// <c>meetings.summaryDaysAfter</c> days after the meeting (version 1: with the next invites); a
    /// step-down is told to the manager and HR, a timed-out manager approval to HR.</summary>
    public const string V2 = "2.0";

    /// <summary>Version 3: HR can close the posting before its deadline (<see cref="Cohorts.CohortEvents.ClosePosting"/>;
    /// versions 1 and 2 ignore it); a term is announced with the day the cohort will end it, from the
    /// cohort's meeting calendar (versions 1 and 2 announced the term start plus the term's months,
    /// weeks after the cohort ends it).</summary>
    public const string V3 = "3.0";

    /// <summary>Version 4: HR can change a running cohort's owner (<see cref="Cohorts.CohortEvents.HrOwnerChanged"/>:
    /// the cohort's and its journeys' later messages and requests go to the new owner) and move or
    /// cancel one month's meeting (<see cref="Cohorts.CohortEvents.MeetingChanged"/>: those already
    /// invited get an update with the same UID and a higher SEQUENCE, or a cancellation; a cancelled
    /// month has no check-ins); the custom status carries the owner and the term's meetings. Versions
    /// 1 to 3 never take these events.</summary>
    public const string V4 = "4.0";

    /// <summary>The version new instances start on and the newest this code runs.</summary>
    public const string Current = V4;

    /// <summary>Every version this code can run, oldest first; each has replay fixtures.</summary>
    public static IReadOnlyList<string> Supported { get; } = [V1, V2, V3, V4];

    /// <summary>True when the instance runs <paramref name="version"/> or newer (the SDK's comparison:
    /// no version is older than any; dotted numbers compare as numbers).</summary>
    public static bool IsAtLeast(this TaskOrchestrationContext context, string version)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CompareVersionTo(version) >= 0;
    }

    /// <summary>True when an instance started on <paramref name="instanceVersion"/> (as its history or
    /// the host records it; empty or null is version 1) runs <paramref name="version"/> or newer, for
    /// code outside the orchestrators that must know what an instance does (e.g. the HR API).</summary>
    public static bool RecordedAtLeast(string? instanceVersion, string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (string.IsNullOrEmpty(version))
        {
            return true;
        }

        return !string.IsNullOrEmpty(instanceVersion)
            && Version.TryParse(instanceVersion, out var actual)
            && Version.TryParse(version, out var wanted)
            && actual >= wanted;
    }
}
