using System.Globalization;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Operations;

/// <summary>Words a day's <see cref="OpsDigestReport"/> as one email in the ops owner's language, dates
/// and times in the ops time zone, written as that language writes them. Its idempotency key is the
/// day, so the outbox or sent-mail log keeps one digest per day even if a send is retried.</summary>
public sealed class OpsDigestComposer(PageRenderer renderer)
{
    public const string Template = "ops-digest";

    public static string IdempotencyKey(DateOnly day) => "ops-digest-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<EmailMessage> ComposeAsync(OpsDigestReport report, OpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var view = View(report, options);
        var text = OpsDigestText.For(options.Language);
        var day = PageDates.Date(report.Day, text.Language);
        var count = report.FailedOrchestrationsTotal + report.OverdueRequestsTotal + report.MailFailuresTotal;
        var subject = report.AllClear ? text.SubjectAllClear(day) : text.SubjectAttention(day, count);
        var html = await renderer.RenderAsync(typeof(OpsDigestMail), new Dictionary<string, object?> { ["View"] = view });
        return new EmailMessage(IdempotencyKey(report.Day), new EmailAddress(options.Email!.Trim(), null), subject, html, view.ToPlainText())
        {
            Template = Template,
            Language = text.Language,
        };
    }

    public static OpsDigestView View(OpsDigestReport report, OpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var text = OpsDigestText.For(options.Language);
        var zone = PageDates.Zone(options.TimeZone);
        string At(DateTimeOffset instant) => PageDates.DateTime(instant, text.Language, zone);
        string? More(int shown, int total) => total > shown ? text.More(total - shown) : null;

        OpsDigestSection[] sections =
        [
            new(
                text.FailedHeading,
                [.. report.FailedOrchestrations.Select(f => text.FailedLine(f.Name, f.InstanceId, At(f.FailedAt), f.Reason))],
                text.FailedNone,
                More(report.FailedOrchestrations.Count, report.FailedOrchestrationsTotal)),
            new(
                text.OverdueHeading,
                [.. report.OverdueRequests.Select(r => text.OverdueLine(r.Kind, r.InstanceId, At(r.Deadline)))],
                text.OverdueNone,
                More(report.OverdueRequests.Count, report.OverdueRequestsTotal)),
            new(
                text.MailHeading,
                [.. report.MailFailures.Select(m => text.MailLine(m.MessageId, At(m.At), m.Subject, m.Error))],
                text.MailNone,
                More(report.MailFailures.Count, report.MailFailuresTotal)),
        ];
        return new OpsDigestView(
            text.Language,
            text.Title,
            text.Intro(PageDates.Date(report.Day, text.Language), zone.Id),
            sections,
            report.AllClear ? text.AllClear : null,
            text.NextSteps,
            text.Footer);
    }
}
