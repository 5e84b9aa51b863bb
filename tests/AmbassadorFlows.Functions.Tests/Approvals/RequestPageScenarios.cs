using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>One reader per language: who the request is about, who answers, and on which programme
/// (both shipped programmes are written in en, nl, fr and da). Each answerer reads the reader's
/// language. No manager in the sample directory reads English, so Oliver's manager requests are
/// answered by HR (Grace, English), as when a manager has not answered in time.</summary>
public sealed record Reader(string Language, string ProgrammeId, string SubjectId, string SubjectName, string ManagerId, string HrId);

/// <summary>
/// Open requests of every page kind, made directly in the approval store on a journey (or cohort)
/// instance the test starts itself, so each page has real programme and term data and no test waits
/// on another's background work. Terms start on 1 April 2026; requests stay open for 60 days.
/// </summary>
public sealed class RequestPageScenarios(AppHost app)
{
    public static readonly DateTime TermStart = new(2026, 4, 1);

    public static readonly Reader[] Readers =
    [
        new("en", "mobility-ambassadors", "E012", "Oliver Bennett", "E031", "E031"),
        new("nl", "mobility-ambassadors", "E010", "Thomas Maes", "E001", "E003"),
        new("fr", "mobility-ambassadors", "E011", "Nathalie Renard", "E009", "E002"),
        new("da", "work-community-ambassadors", "E005", "Mette Kristensen", "E004", "E020"),
    ];

    public static readonly string[] Kinds = ["manager-approval", "renewal", "agreement", "training-module", "monthly-check-in", "step-down", "renewal-wish", "offboarding-feedback", "application", "cohort-selection"];

    public static Reader For(string language) => Readers.Single(r => r.Language == language);

    public async Task<ProgrammeDefinition> ProgrammeAsync(Reader reader)
        => (await app.Services.GetRequiredService<IProgrammeCatalog>().FindAsync(reader.ProgrammeId))!;

    /// <summary>
    /// Publishes a copy of <paramref name="programmeId"/> that is not written in <paramref name="language"/>,
    /// under a new id, and returns the copy.
    /// </summary>
    public async Task<ProgrammeDefinition> PublishWithoutAsync(string programmeId, string language)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(WorkflowJson.Serialize(await app.Services.GetRequiredService<IProgrammeCatalog>().FindAsync(programmeId)))!;
        Strip(node);
        node["id"] = $"{programmeId}-without-{language}-{Guid.NewGuid():N}"[..60];
        node["languages"] = new System.Text.Json.Nodes.JsonArray([.. node["languages"]!.AsArray().Select(l => l!.GetValue<string>()).Where(l => l != language).Select(l => System.Text.Json.Nodes.JsonValue.Create(l))]);
        var copy = WorkflowJson.Deserialize<ProgrammeDefinition>(node.ToJsonString())!;
        Assert.True(await app.Services.GetRequiredService<Functions.Programmes.IProgrammeStore>().TryPublishAsync(new Functions.Programmes.PublishedProgramme(copy, app.Clock.GetUtcNow(), "test"), CancellationToken.None));
        return copy;

        void Strip(System.Text.Json.Nodes.JsonNode? n)
        {
            if (n is System.Text.Json.Nodes.JsonObject o)
            {
                o.Remove(language);
                foreach (var child in o.Select(p => p.Value).ToList()) { Strip(child); }
            }
            else if (n is System.Text.Json.Nodes.JsonArray a)
            {
                foreach (var child in a) { Strip(child); }
            }
        }
    }

    /// <summary>A link to an open request of <paramref name="kind"/> for <paramref name="reader"/>.</summary>
    public async Task<(PendingApproval Approval, string Link)> OpenAsync(string kind, Reader reader)
    {
        var programme = await ProgrammeAsync(reader);
        if (kind is "cohort-selection" or "application")
        {
            var cohortId = await app.CreateCohortAsync([], programmeId: reader.ProgrammeId);
            return kind == "application"
                ? await CreateAsync(cohortId, CohortEvents.Application, kind, reader.SubjectId, ["apply"], null)
                : await CreateAsync(cohortId, CohortEvents.SelectionDecision, kind, reader.HrId, ["approve", "reject"], WorkflowJson.Serialize(Proposal()));
        }

        var journeyId = JourneyIds.For($"pages-{Guid.NewGuid():N}", reader.SubjectId);
        await app.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(AmbassadorJourney), new JourneyInput(journeyId.Split(':')[0], reader.SubjectId, reader.HrId, programme, TermStart), new StartOrchestrationOptions(journeyId));
        return kind switch
        {
            "manager-approval" => await CreateAsync(journeyId, JourneyEvents.ManagerDecision, kind, reader.ManagerId, ["approve", "reject"], null),
            "renewal" => await CreateAsync(journeyId, JourneyEvents.RenewalDecision, kind, reader.ManagerId, ["approve", "reject"], null),
            "agreement" => await CreateAsync(journeyId, JourneyEvents.AgreementResponse, kind, reader.SubjectId, ["accept", "decline"],
                WorkflowJson.Serialize(new AgreementDetails(programme.AgreementVersion, programme.Role, programme.TimeBudgetHoursPerMonth, TermStart, TermStart.AddMonths(programme.TermMonths)))),
            "training-module" => await CreateAsync(journeyId, JourneyEvents.TrainingModuleDone, kind, reader.SubjectId, ["done"],
                WorkflowJson.Serialize(new TrainingModuleDetails(programme.Training[0].Title.In("en"), programme.Training[0].Link, new DateOnly(2026, 4, 20)))),
            "monthly-check-in" => await CreateAsync(journeyId, JourneyEvents.MonthlyCheckIn, kind, reader.SubjectId, ["submit"],
                WorkflowJson.Serialize(new CheckInDetails(1, new DateTime(2026, 4, 2, 10, 30, 0)))),
            "step-down" => await CreateAsync(journeyId, JourneyEvents.SteppedDown, kind, reader.SubjectId, ["step-down"], null),
            "renewal-wish" => await CreateAsync(journeyId, JourneyEvents.RenewalWish, kind, reader.SubjectId, ["renew", "step-back"], null),
            "offboarding-feedback" => await CreateAsync(journeyId, JourneyEvents.OffboardingFeedback, kind, reader.SubjectId, ["submit"], null),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such page kind."),
        };
    }

    /// <summary>Three applicants (one nominated) from three departments.</summary>
    private static SelectionProposal Proposal()
    {
        var candidates = new[] { new CandidateProfile("E007", "Emma Thompson", "IT", "Staff", "London", new DateOnly(2023, 1, 9), false), new CandidateProfile("E011", "Nathalie Renard", "Finance", "Senior", "Brussels", new DateOnly(2014, 11, 3), true), new CandidateProfile("E020", "Rasmus Jensen", "Operations", "Lead", "Aarhus", new DateOnly(2015, 4, 13), false) };
        return new SelectionProposal([.. candidates.Select(c => new SelectionCandidate(c.EmployeeId, c.Nominated))], DiversitySummary.Of(candidates, new DateOnly(2026, 3, 2)));
    }

    private async Task<(PendingApproval Approval, string Link)> CreateAsync(string instanceId, string eventName, string kind, string assigneeId, string[] options, string? details)
    {
        var assignee = (await app.Services.GetRequiredService<IDirectory>().GetEmployeeAsync(assigneeId))!;
        var now = app.Clock.GetUtcNow();
        var approval = await app.Approvals.CreateAsync(new PendingApproval($"{instanceId}:{kind}:{Guid.NewGuid():N}", instanceId, eventName, kind, assignee.Id, assignee.Email, options, now, now.AddDays(60)) { DetailsJson = details });
        return (approval, app.Services.GetRequiredService<IApprovalLinks>().CreateLink(approval).AbsoluteUri);
    }
}
