using System.Net;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>A version 3 journey carries its cohort's calendar of terms; the manager's page names the
/// term's first and last day from it, as the version 3 emails do, not the start plus the term's months.</summary>
public sealed class TermDatesOnPagesTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ManagerPage_JourneyWithItsCohortsTerms_NamesTheCalendarsDays()
    {
        var reader = RequestPageScenarios.For("en");
        var journeyId = JourneyIds.For($"terms-{Guid.NewGuid():N}", reader.SubjectId);
        var programme = await new RequestPageScenarios(app).ProgrammeAsync(reader);
        var terms = new List<TermSchedule>
        {
            new(new DateTime(2026, 4, 2, 10, 30, 0, DateTimeKind.Utc), new DateTime(2027, 3, 25, 10, 30, 0, DateTimeKind.Utc)),
            new(new DateTime(2027, 4, 1, 10, 30, 0, DateTimeKind.Utc), new DateTime(2028, 3, 23, 10, 30, 0, DateTimeKind.Utc)),
        };
        await app.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(AmbassadorJourney),
            new JourneyInput(journeyId.Split(':')[0], reader.SubjectId, reader.HrId, programme, RequestPageScenarios.TermStart, terms),
            new StartOrchestrationOptions(journeyId));
        var request = await AppHost.EventuallyAsync(
            async () => (await app.Approvals.ListPendingAsync(journeyId)).FirstOrDefault(a => a.Kind == "manager-approval"),
            "the manager's request");
        using var client = app.NewClient();

        using var response = await client.GetAsync(app.Services.GetRequiredService<IApprovalLinks>().CreateLink(request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Pages.Parse(await response.Content.ReadAsStringAsync());
        var language = document.DocumentElement.GetAttribute("lang")!;
        var text = document.Body!.TextContent;
        Assert.Contains(PageDates.Date(new DateOnly(2026, 4, 2), language), text, StringComparison.Ordinal);
        Assert.Contains(PageDates.Date(new DateOnly(2027, 3, 25), language), text, StringComparison.Ordinal);
        Assert.DoesNotContain(PageDates.Date(new DateOnly(2027, 3, 31), language), text, StringComparison.Ordinal);
    }
}
