using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components.Personal;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>Everything one person's page shows, in one language: the requests waiting for their
/// decision (as a manager, or HR once escalated) and, when they are in a journey, their programme.</summary>
public sealed record PersonalView(PersonalText Say, ApprovalPageText Text, string Token, string FormField)
{
    public Employee? Person { get; init; }

    public IReadOnlyList<RequestPage> Requests { get; init; } = [];

    public MyProgramme? Programme { get; init; }

    public string Language => Say.Language;

    public string FirstName => Person?.DisplayName.Split(' ')[0] ?? string.Empty;

    public string Action(string what) => "/" + PersonalLinks.RoutePrefix + Token + "/" + what;

    public string Home => "/" + PersonalLinks.RoutePrefix + Token;
}

/// <summary>An ambassador's own programme: the journey's page facts (programme, term), where they
/// stand in the read model, the modules still open, the next meeting, and whether they can step down here.</summary>
public sealed record MyProgramme(RequestPage Page, AmbassadorProgress? Progress)
{
    public IReadOnlyList<TrainingModule> TrainingLeft { get; init; } = [];

    public DateTimeOffset? NextMeeting { get; init; }

    /// <summary>The journey's standing step-down request, answered from this page.</summary>
    public PendingApproval? StepDown { get; init; }

    public double HoursGiven => Progress?.CheckIns.Where(c => !c.HoursInvalid).Sum(c => c.HoursSpent) ?? 0;

    public int CheckInCount => Progress?.CheckIns.Count ?? 0;
}
