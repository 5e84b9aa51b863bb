using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What the posting emails say (the announcement and the personal invitation): one model for
/// the activity that sends them and for HR's preview on the start form, so the preview is the email.</summary>
public static class PostingMessage
{
    /// <param name="applicationDeadline">The moment applications close (UTC).</param>
    /// <param name="firstMeeting">The first meeting's start (UTC).</param>
    public static MessageModel Model(ProgrammeDefinition programme, DateTime applicationDeadline, DateTime firstMeeting)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new MessageModel()
            .With("programme", programme.Name)
            .With("purpose", programme.Purpose)
            .With("summary", programme.Posting.Summary)
            .With("tasks", programme.TaskPlan)
            .With("responsibilities", programme.Posting.Responsibilities)
            .With("expectations", programme.Posting.Expectations)
            .With("timeBudget", programme.TimeBudgetHoursPerMonth)
            .With("termMonths", programme.TermMonths)
            .WithDate("deadline", applicationDeadline)
            .WithDate("firstMeeting", firstMeeting, programme.Meetings.TimeZone);
    }
}
