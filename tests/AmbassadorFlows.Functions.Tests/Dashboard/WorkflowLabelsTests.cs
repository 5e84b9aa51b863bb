using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>Labels, not ids: every step, outcome, request kind, answer and status the workflows write
/// has a label in each language, and HR's pages show labels and people's names, never the ids.</summary>
public sealed class WorkflowLabelsTests
{
    /// <summary>The steps the orchestrations write in their custom status (see CohortOrchestrator,
    /// AmbassadorJourney, AskPolicy), the request kinds and the answers they offer.</summary>
    public static readonly string[] CustomStatusSteps =
        ["plan", "posting", "selection", "closing", "completed", "meeting-1", "meeting-12", "manager-approval", "agreement", "training", "active-term-1", "active-term-3", "renewal", "offboarding", "ended", "terminated", "failed"];

    public static readonly string[] Kinds =
        ["application", "cohort-selection", "manager-approval", "agreement", "monthly-check-in", "training-module", "renewal", "renewal-wish", "step-down", "offboarding-feedback"];

    public static readonly string[] Answers = ["apply", "approve", "reject", "accept", "decline", "done", "submit", "renew", "step-back", "step-down"];

    public static IEnumerable<string> Ids =>
        CustomStatusSteps.Concat(Kinds).Concat(Answers)
            .Concat(Enum.GetNames<AmbassadorStep>()).Concat(Enum.GetNames<JourneyOutcome>()).Concat(Enum.GetNames<CohortOutcome>()).Concat(Enum.GetNames<OrchestrationRuntimeStatus>())
            .Concat(["applicants", "journeys", "manager", "hr", "ambassador"]);

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var (language, _) in PageLanguage.Supported)
        {
            data.Add(language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Knows_EveryIdTheWorkflowsWrite_HasALabelInTheLanguage(string language)
    {
        var missing = Ids.Where(id => !WorkflowLabels.Knows(id, language)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("ManagerApproval", "en", "Manager’s approval")]
    [InlineData("manager-approval", "nl", "Goedkeuring leidinggevende")]
    [InlineData("ManagerApproval", "fr", "Approbation du ou de la responsable")]
    [InlineData("manager-approval", "da", "Lederens godkendelse")]
    [InlineData("meeting-3", "nl", "Bijeenkomst 3")]
    [InlineData("active-term-2", "da", "Aktiv, periode 2")]
    [InlineData("NoSuchStep", "fr", "No such step")]
    public void Name_StepInEachSpelling_IsOneLabel(string id, string language, string expected)
        => Assert.Equal(expected, WorkflowLabels.Name(id, language));

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("fr")]
    [InlineData("da")]
    public void Outcome_NotApprovedInTime_IsASentenceWithoutTheId(string language)
    {
        var label = WorkflowLabels.Outcome(nameof(JourneyOutcome.NotApprovedInTime), language);

        Assert.DoesNotContain("NotApprovedInTime", label, StringComparison.Ordinal);
        Assert.Contains(" ", label, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingOn_PeopleAndRoles_NamesEachPersonWithTheirRole()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["E009"] = "Julie Lambert", ["E002"] = "Claire Dubois" };

        Assert.Equal("Julie Lambert (leder), Claire Dubois (HR)", WorkflowLabels.WaitingOn("manager:E009,hr:E002", names, "da"));
        Assert.Equal("candidatures", WorkflowLabels.WaitingOn("applicants", names, "fr"));
        Assert.Equal("E014 (manager)", WorkflowLabels.WaitingOn("manager:E014", names, "en"));
    }

    /// <summary>Ids a page must not show as text: those that are no word in any language (compound
    /// names, kebab-case steps, employee ids) everywhere; single-word ids too on translated pages.</summary>
    public static IReadOnlyList<string> RawIdsOn(string html, string language, params string[] employeeIds)
    {
        var document = Local.Pages.Parse(html);
        foreach (var data in document.QuerySelectorAll("table.audit, pre, #history"))
        {
            // The audit trail and payloads are data, in English whatever the page's language.
            data.Remove();
        }

        var text = document.QuerySelector("main")?.TextContent ?? document.Body!.TextContent;
        var ids = Ids.Where(id => id.Contains('-', StringComparison.Ordinal) || Regex.IsMatch(id, "^[A-Z][a-z]+[A-Z]") || language != PageLanguage.English)
            .Where(id => id is not ("plan" or "hr" or "done" or "manager" or "ambassador"))
            .Concat(employeeIds);
        return [.. ids.Distinct(StringComparer.Ordinal).Where(id => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])"))];
    }
}
