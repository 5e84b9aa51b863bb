using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>The values every journey email is filled with (who, which programme, which term): one
/// place for the journey and for HR's reminder of a manager's request, which rebuilds that email.</summary>
public static class JourneyMessageModel
{
    /// <param name="termEnd">The term's last day as messages name it.</param>
    public static MessageModel For(ProgrammeDefinition programme, string ambassadorName, string managerName, string hrName, int term, DateTime termStart, DateTime termEnd)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new MessageModel()
            .With("ambassadorName", ambassadorName)
            .With("managerName", managerName)
            .With("hrName", hrName)
            .With("programme", programme.Name)
            .With("purpose", programme.Purpose)
            .With("timeBudget", programme.TimeBudgetHoursPerMonth)
            .With("termMonths", programme.TermMonths)
            .With("term", term)
            .WithDate("termStart", termStart)
            .WithDate("termEnd", termEnd);
    }
}
