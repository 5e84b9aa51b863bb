using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>One posting email as a recipient in one language would get it.</summary>
public sealed record PostingPreviewEmail(string Language, string LanguageName, bool Invitation, string Subject, string HtmlBody);

/// <summary>
/// The posting emails of a checked "start a cohort" form, before anything starts: the announcement to
/// the audience and, when people are nominated, their personal invitation, in each of the programme's
/// languages. Composed from the same model and templates as the activity that sends them
/// (<see cref="PostingMessage"/>), with the dates the cohort's plan would have; the recipient's name
/// is a placeholder and the apply button leads nowhere.
/// </summary>
public static class PostingPreview
{
    public static IReadOnlyList<PostingPreviewEmail> Compose(ProgrammeDefinition programme, CreateCohortRequest request, DateTimeOffset now, MessageComposer composer, Uri applyLink)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(composer);
        // As PlanCohort computes them when the cohort opens on its start date.
        var opening = request.StartDate <= DateOnly.FromDateTime(now.UtcDateTime) ? now.UtcDateTime : request.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var deadline = request.PostingDeadline is { } lastDay
            ? PlanCohort.EndOfDay(lastDay, programme.Meetings.TimeZone)
            : opening.AddDays(programme.Posting.ApplicationWindowDays);
        var firstMeeting = PlanCohort.MeetingDates(programme.Meetings, deadline + PlanCohort.OnboardingTime, 1)[0];
        var model = PostingMessage.Model(programme, deadline, firstMeeting);
        var templates = request.Nominees.Count > 0 ? new[] { false, true } : [false];
        var emails = new List<PostingPreviewEmail>();
        foreach (var (code, name) in PageLanguage.Supported.Where(l => programme.Languages.Contains(l.Code, StringComparer.OrdinalIgnoreCase)))
        {
            var to = new Person("preview", NewCohortText.For(code).PreviewName, "preview@example.invalid", code);
            foreach (var invitation in templates)
            {
                var message = composer.Compose("preview", to, invitation ? MessageTemplates.PostingInvitation : MessageTemplates.PostingAnnouncement, model, applyLink);
                emails.Add(new PostingPreviewEmail(code, name, invitation, message.Subject, message.HtmlBody));
            }
        }

        return emails;
    }
}
