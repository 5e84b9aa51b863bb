using System.Text.Json.Serialization;

namespace AmbassadorFlows.Workflows.Journeys;

// By name in every payload, whatever the serializer: histories, outputs and the management API read as words.
[JsonConverter(typeof(JsonStringEnumConverter<JourneyOutcome>))]
public enum JourneyOutcome
{
    /// <summary>The term(s) ended; thanked, asked for feedback, now an alumnus.</summary>
    Withdrawn,
    ManagerDeclined,
    NotApprovedInTime,
    AgreementDeclined,
    AgreementNotAnswered,
    SteppedDown,
    LeftCompany,
}

public sealed record JourneyResult(
    string EmployeeId,
    JourneyOutcome Outcome,
    int TermsServed,
    string? AgreementVersion,
    DateTime EndedAt);
