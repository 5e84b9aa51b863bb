using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Requests;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.AspNetCore.Components;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>Which page component answers which step: each human step has its own page.</summary>
public static class RequestPages
{
    public static Type For(RequestPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Approval.EventName switch
        {
            CohortEvents.SelectionDecision => typeof(SelectionPage),
            JourneyEvents.MonthlyCheckIn => typeof(CheckInPage),
            JourneyEvents.TrainingModuleDone => typeof(TrainingPage),
            JourneyEvents.AgreementResponse => typeof(AgreementPage),
            JourneyEvents.SteppedDown => typeof(StepDownPage),
            JourneyEvents.ManagerDecision or JourneyEvents.RenewalDecision => typeof(ManagerApprovalPage),
            CohortEvents.Application or JourneyEvents.RenewalWish => typeof(ApplicationPage),
            _ => typeof(FeedbackPage),
        };
    }

    /// <summary>The open request's page, with what was typed and refused when <paramref name="form"/> carries it.</summary>
    public static Task<string> OpenAsync(PageRenderer renderer, RequestPage page, AnswerForm form, SelectionView? selection = null, CandidateQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var type = For(page);
        var parameters = new Dictionary<string, object?> { [nameof(CheckInPage.Page)] = page, [nameof(CheckInPage.Form)] = form };
        if (type == typeof(SelectionPage))
        {
            parameters[nameof(SelectionPage.Selection)] = selection ?? new SelectionView(null, []);
            parameters[nameof(SelectionPage.Query)] = query ?? new CandidateQuery("name", null, null, null, null);
        }

        return renderer.RenderAsync(type, parameters);
    }

    public static Task<string> RecordedAsync(PageRenderer renderer, RequestPage page, Workflows.Ports.ApprovalDecision decision)
        => Render<RecordedPage>(renderer, new() { [nameof(RecordedPage.Page)] = page, [nameof(RecordedPage.Decision)] = decision });

    public static Task<string> AlreadyDecidedAsync(PageRenderer renderer, RequestPage page)
        => Render<AlreadyDecidedPage>(renderer, new() { [nameof(AlreadyDecidedPage.Page)] = page });

    /// <summary>The link of a round that has ended: nothing recorded, nothing more asked.</summary>
    public static Task<string> RoundEndedAsync(PageRenderer renderer, RequestPage page, bool finished)
        => Render<RoundEndedPage>(renderer, new() { [nameof(RoundEndedPage.Page)] = page, [nameof(RoundEndedPage.Finished)] = finished });

    public static Task<string> NotRecordedAsync(PageRenderer renderer, RequestPage page, IReadOnlyList<string> messages)
        => Render<NotRecordedPage>(renderer, new() { [nameof(NotRecordedPage.Page)] = page, [nameof(NotRecordedPage.Messages)] = messages });

    public static Task<string> MessageAsync(PageRenderer renderer, ApprovalPageText text, string title, string message)
        => Render<MessagePage>(renderer, new() { [nameof(MessagePage.Text)] = text, [nameof(MessagePage.Title)] = title, [nameof(MessagePage.Message)] = message });

    private static Task<string> Render<TPage>(PageRenderer renderer, Dictionary<string, object?> parameters)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.RenderAsync(typeof(TPage), parameters);
    }
}
