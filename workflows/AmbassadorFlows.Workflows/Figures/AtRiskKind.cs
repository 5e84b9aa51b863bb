using System.Text.Json.Serialization;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>Why an ambassador may need a conversation. By name in every payload (API, activity output).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AtRiskKind>))]
public enum AtRiskKind
{
    /// <summary>Said in their check-ins that they missed the last meetings.</summary>
    MissedMeetings,

    /// <summary>No check-in for the last months they served.</summary>
    NoCheckIn,

    /// <summary>Reported far more hours than the budget.</summary>
    HoursOverBudget,

    /// <summary>Reported far fewer hours than the budget.</summary>
    HoursUnderBudget,

    /// <summary>Answered "I could not make time this month".</summary>
    NoTime,

    /// <summary>Training past its due date and not finished.</summary>
    TrainingOverdue,
}
