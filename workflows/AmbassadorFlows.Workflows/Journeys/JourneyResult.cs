namespace AmbassadorFlows.Workflows.Journeys;

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
