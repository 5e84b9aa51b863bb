using System.Globalization;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>A monthly check-in request among a journey's approvals. The month is read from its id
/// (<see cref="JourneyIds.CheckIn"/>), which erasure leaves alone; the meeting's start from its details,
/// which erasure of the ambassador removes: the request's own time (just after the meeting) stands in.</summary>
public sealed record CheckInRequest(string JourneyInstanceId, int Month, DateTimeOffset MeetingStart, bool StartRecorded, bool Answered)
{
    private const string Marker = ":check-in:";

    public static CheckInRequest? From(PendingApproval approval)
    {
        var at = approval.ApprovalId.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0
            || !int.TryParse(approval.ApprovalId.AsSpan(at + Marker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || approval.ApprovalId != JourneyIds.CheckIn(approval.InstanceId, month)
            || month < 1)
        {
            return null;
        }

        var details = Details(approval.DetailsJson);
        var start = details is null ? approval.CreatedAt : new DateTimeOffset(DateTime.SpecifyKind(details.MeetingStart, DateTimeKind.Utc));
        return new(approval.InstanceId, month, start, details is not null, approval.Decision is not null);
    }

    private static CheckInDetails? Details(string? json)
    {
        try
        {
            return WorkflowJson.Deserialize<CheckInDetails>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
