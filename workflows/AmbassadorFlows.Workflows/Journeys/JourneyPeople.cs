using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>The ambassador, their manager (HR when they have none) and the programme's HR owner.</summary>
public sealed record JourneyPeople(Person Ambassador, Person Manager, Person Hr);
