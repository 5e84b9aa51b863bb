using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Components.Ops;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>HTML of the dashboard pages. Every value is encoded; ids in URLs are escaped.</summary>
public static partial class DashboardPages
{
    /// <summary>A dashboard page in <paramref name="text"/>'s language, with the navigation and the language switcher.</summary>
    public static string Layout(DashboardText text, HttpRequest request, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        return Page(title, body, Navigation(text, request.HttpContext) + LanguageSwitcher(text, request), text.Language);
    }

    /// <summary>The header's links the caller's roles may open (<see cref="DashboardNavigation"/>).</summary>
    public static string Navigation(DashboardText text, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var links = DashboardNavigation.For(Caller.Of(context));
        return links.Count == 0 ? string.Empty
            : $"<nav class=\"site\" aria-label=\"{OpsText.For(text.Language).Navigation}\">{string.Concat(links.Select(l => $"<a href=\"{Attr(l.Path)}\">{Encode(l.Label(text))}</a>"))}</nav>";
    }

    /// <summary>Links to this page in each language; following one remembers the choice (see <see cref="PageLanguage.Choose"/>).</summary>
    public static string LanguageSwitcher(DashboardText text, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<nav class=\"languages\" aria-label=\"").Append(text.Languages).Append("\">");
        foreach (var (code, name) in PageLanguage.Supported)
        {
            html.Append("<a href=\"").Append(Attr(PageLanguage.Link(request, code))).Append("\" hreflang=\"").Append(code).Append("\" lang=\"").Append(code).Append('"')
                .Append(code == text.Language ? " aria-current=\"true\"" : string.Empty).Append('>').Append(name).Append("</a>");
        }

        return html.Append("</nav>").ToString();
    }

    public static string Overview(
        IReadOnlyList<CohortSummary> cohorts,
        IReadOnlyList<OrchestrationMetadata> running,
        IReadOnlyList<PendingApproval> pending,
        IReadOnlyList<OrchestrationMetadata> failed,
        IReadOnlyList<OutboxMessage> recentMail,
        DateTimeOffset now,
        Caller viewer,
        DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(running);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(failed);
        ArgumentNullException.ThrowIfNull(recentMail);
        var html = new StringBuilder("<h1>").Append(text.Overview).Append("</h1>");
        html.Append("<p class=\"muted\">").Append(text.Format(text.OverviewIntro, text.TimeOf(now), "<code>POST /api/cohorts</code>", $"<a href=\"/dry-run\">{text.DryRunInline}</a>")).Append("</p>");
        if (viewer.SeesPersonalData)
        {
            html.Append("<p><a class=\"button\" id=\"new-cohort\" href=\"").Append(NewCohortEndpoints.Route).Append("\">").Append(Encode(Components.Dashboard.NewCohortText.For(text.Language).Title)).Append("</a> ")
                .Append("<a class=\"button secondary\" id=\"people\" href=\"/people\">").Append(Encode(Components.People.PeopleText.For(text.Language).Title)).Append("</a></p>");
        }


        html.Append("<h2 id=\"cohorts\">").Append(text.Cohorts).Append("</h2>");
        if (cohorts.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(text.NoCohorts).Append("</p>");
        }
        else
        {
            html.Append("<table><tr>").Append(Headers(text.Cohort, text.Programme, text.Status, text.Step, text.WaitingOn, text.Since, text.AmbassadorsByStep, text.OpenRequests)).Append("</tr>");
            foreach (var c in cohorts)
            {
                html.Append("<tr><td>").Append(viewer.SeesPersonalData ? $"<a href=\"/cohorts/{Attr(Uri.EscapeDataString(c.Id))}\">{Encode(c.Id)}</a>" : Encode(c.Id)).Append("</td><td>")
                    .Append(c.Programme is null ? string.Empty : $"<a class=\"programme-health\" href=\"{Attr(HealthPages.ProgrammePath(c.Programme))}\">{Encode(c.ProgrammeName?.In(text.Language) ?? c.Programme)}</a>").Append("</td><td>").Append(StatusPill(c.RuntimeStatus, text.Language))
                    .Append("</td><td class=\"step\" data-step=\"").Append(Attr(c.Step)).Append("\">").Append(Encode(WorkflowLabels.Name(c.Step, text.Language)))
                    .Append("</td><td>").Append(Encode(WorkflowLabels.WaitingOn(c.WaitingOn, c.Names, text.Language))).Append("</td><td>").Append(text.TimeOf(c.Since)).Append("</td><td>")
                    .Append(Encode(string.Join(", ", c.AmbassadorsByStep.Select(s => $"{WorkflowLabels.Name(s.Key, text.Language)}: {s.Value}")))).Append("</td><td>").Append(c.PendingApprovals).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2 id=\"journeys-by-step\">").Append(text.JourneysByStep).Append("</h2>");
        var byStep = cohorts.SelectMany(c => c.AmbassadorsByStep).GroupBy(s => s.Key).Select(g => (Step: g.Key, Count: g.Sum(s => s.Value))).ToList();
        html.Append(byStep.Count == 0
            ? $"<p class=\"muted\">{text.NoJourneys}</p>"
            : "<p>" + string.Join(" ", byStep.Select(s => $"<span class=\"pill\" data-step=\"{Attr(s.Step)}\">{Encode(WorkflowLabels.Name(s.Step, text.Language))}: {s.Count}</span>")) + "</p>");

        if (viewer.SeesPersonalData)
        {
            AppendPending(html, pending, now, text);
        }

        if (viewer.SeesOperations)
        {
            AppendOperations(html, failed, running, text);
        }

        if (viewer.SeesPersonalData)
        {
            html.Append("<h2 id=\"recent-mail\">").Append(text.LatestEmails).Append("</h2>").Append(MailTable(recentMail, text)).Append("<p><a href=\"/outbox\">").Append(text.WholeOutbox).Append("</a></p>");
        }

        return html.ToString();
    }

    private static void AppendPending(StringBuilder html, IReadOnlyList<PendingApproval> pending, DateTimeOffset now, DashboardText text)
    {
        html.Append("<h2 id=\"pending\">").Append(text.PendingRequests).Append("</h2>");
        if (pending.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(text.NobodyWaitedOn).Append("</p>");
        }
        else
        {
            html.Append("<table><tr>").Append(Headers(text.Request, text.WaitingOn, text.Instance, text.Age, text.AnswerBySla)).Append("</tr>");
            foreach (var a in pending.OrderBy(a => a.CreatedAt))
            {
                var age = now - a.CreatedAt;
                var left = a.ExpiresAt - now;
                var ageClass = age >= CohortReadModel.LongWait ? "bad" : age >= TimeSpan.FromDays(3) ? "warn" : string.Empty;
                html.Append("<tr><td data-kind=\"").Append(Attr(a.Kind)).Append("\">").Append(Encode(WorkflowLabels.Name(a.Kind, text.Language))).Append("</td><td>").Append(Encode(a.AssigneeEmail)).Append("</td><td>").Append(InstanceLink(a.InstanceId))
                    .Append("</td><td class=\"").Append(ageClass).Append("\">").Append(Encode(text.Duration(age))).Append("</td><td class=\"").Append(left < TimeSpan.Zero ? "bad" : string.Empty).Append("\">")
                    .Append(left < TimeSpan.Zero ? text.Format(text.PastDeadline, text.TimeOf(a.ExpiresAt)) : text.Format(text.TimeLeft, text.TimeOf(a.ExpiresAt), Encode(text.Duration(left)))).Append("</td></tr>");
            }

            html.Append("</table>");
        }
    }

    private static void AppendOperations(StringBuilder html, IReadOnlyList<OrchestrationMetadata> failed, IReadOnlyList<OrchestrationMetadata> running, DashboardText text)
    {
        html.Append("<h2 id=\"failures\">").Append(text.Failures).Append("</h2>");
        if (failed.Count == 0)
        {
            html.Append("<p class=\"good\">").Append(text.NoFailures).Append("</p>");
        }
        else
        {
            html.Append("<table><tr>").Append(Headers(text.Instance, text.Orchestrator, text.FailedAt, text.Reason)).Append("</tr>");
            foreach (var f in failed)
            {
                html.Append("<tr><td>").Append(InstanceLink(f.InstanceId)).Append("</td><td>").Append(Encode(f.Name)).Append("</td><td>").Append(text.TimeOf(f.LastUpdatedAt))
                    .Append("</td><td class=\"bad\">").Append(Encode(f.FailureDetails?.ToString() ?? f.SerializedOutput)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2 id=\"running\">").Append(text.RunningOrchestrations).Append("</h2>");
        if (running.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(text.None).Append("</p>");
        }
        else
        {
            html.Append("<table><tr>").Append(Headers(text.Instance, text.Orchestrator, text.Status, text.Step, text.WaitingOn, text.Updated)).Append("</tr>");
            foreach (var r in running.OrderBy(r => r.InstanceId, StringComparer.Ordinal))
            {
                // Instance ids and orchestrator names are Ops' to read as they are; statuses and steps by name.
                var status = CohortReadModel.ReadStatus(r);
                html.Append("<tr><td>").Append(InstanceLink(r.InstanceId)).Append("</td><td>").Append(Encode(r.Name)).Append("</td><td>").Append(StatusPill(r.RuntimeStatus.ToString(), text.Language))
                    .Append("</td><td class=\"step\" data-step=\"").Append(Attr(status?.Step)).Append("\">").Append(Encode(WorkflowLabels.Name(status?.Step, text.Language))).Append("</td><td>")
                    .Append(Encode(WorkflowLabels.WaitingOn(status?.WaitingOn, NoNames, text.Language))).Append("</td><td>").Append(text.TimeOf(r.LastUpdatedAt)).Append("</td></tr>");
            }

            html.Append("</table>");
        }
    }

    /// <param name="actions">Already-rendered HTML of what HR can do now (closing the posting), shown under the summary.</param>
    public static string Cohort(CohortDetail c, IReadOnlyList<AuditEntry> audit, DashboardText text, string? actions = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        html.Append("<h1>").Append(text.Format(text.CohortHeading, Encode(c.Id))).Append("</h1><div class=\"card\"><p>")
            .Append(text.Format(text.CohortProgramme, $"<strong id=\"programme\" data-programme=\"{Attr(c.Programme)}\">{Encode(c.ProgrammeName?.In(text.Language) ?? c.Programme)}</strong>", c.ProgrammeVersion is { } v ? $" v{v}" : string.Empty, $"<span id=\"hr-owner\">{Encode(NameOf(c.HrOwner, c.Names))}</span>", StatusPill(c.RuntimeStatus, text.Language)))
            .Append("</p><p>")
            .Append(text.Format(
                text.CohortStep,
                $"<strong id=\"cohort-step\" data-step=\"{Attr(c.Step)}\">{Encode(WorkflowLabels.Name(c.Step, text.Language))}</strong>",
                c.WaitingOn is null ? string.Empty : text.Format(text.CommaWaitingOn, Encode(WorkflowLabels.WaitingOn(c.WaitingOn, c.Names, text.Language))),
                text.TimeOf(c.Since),
                c.OpenApplications,
                InstanceLink(c.Id, text.HistoryLink)))
            .Append(" · <a id=\"cohort-health\" href=\"").Append(Attr(HealthPages.CohortPath(c.Id))).Append("\">").Append(Encode(HealthText.In(text.Language).ProgrammeHealth)).Append("</a></p>");
        if (c.Failure is not null)
        {
            html.Append("<p class=\"bad\">").Append(text.Format(text.FailedWith, Encode(c.Failure))).Append("</p>");
        }

        html.Append("</div>").Append(actions ?? string.Empty);
        if (c.CohortWaits.Count > 0)
        {
            html.Append("<h2>").Append(text.WaitingOn).Append("</h2><ul>");
            foreach (var w in c.CohortWaits)
            {
                html.Append("<li>").Append(text.Format(text.CohortWait, Encode(WorkflowLabels.Name(w.Kind, text.Language)), Encode(NameOf(w, c.Names)), text.TimeOf(w.Since), text.TimeOf(w.ExpiresAt))).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2 id=\"at-risk\">").Append(text.AtRisk).Append("</h2>");
        if (c.AtRisk.Count == 0)
        {
            html.Append("<p class=\"good\">").Append(text.NobodyAtRisk).Append("</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var r in c.AtRisk)
            {
                html.Append("<li><strong>").Append(Encode(r.Name ?? r.EmployeeId)).Append("</strong>: ").Append(Encode(string.Join("; ", r.Reasons))).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2 id=\"journeys\">").Append(text.Journeys).Append("</h2>");
        if (c.Journeys.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(text.NoJourneysYet).Append("</p>");
        }
        else
        {
            html.Append("<table id=\"journey-table\"><tr>").Append(Headers(text.Ambassador, text.Step, text.Since, text.WaitingOn, text.Training, text.Attendance, text.LatestFeedback, text.Journey)).Append("</tr>");
            foreach (var j in c.Journeys)
            {
                var feedback = j.Feedback.OrderByDescending(f => f.Month).FirstOrDefault();
                html.Append("<tr data-employee=\"").Append(Attr(j.EmployeeId)).Append("\"><td>").Append(Encode(j.Name ?? j.EmployeeId)).Append("<br><span class=\"muted\">").Append(Encode(j.Department)).Append("</span></td><td class=\"step\" data-step=\"")
                    .Append(Attr(j.Step)).Append("\"").Append(j.Outcome is null ? string.Empty : $" data-outcome=\"{Attr(j.Outcome)}\"").Append('>')
                    .Append(Encode(WorkflowLabels.Name(j.Step, text.Language))).Append(j.Outcome is null ? string.Empty : $"<br><span class=\"outcome\">{Encode(WorkflowLabels.Outcome(j.Outcome, text.Language))}</span>").Append("</td><td>").Append(text.TimeOf(j.Since)).Append("</td><td>")
                    .Append(string.Join(", ", j.WaitingOn.Select(w => text.Format(text.JourneyWait, Encode(WorkflowLabels.Name(w.Kind, text.Language)), Encode(NameOf(w, c.Names)), text.Number(w.AgeDays, "0.#")))))
                    .Append("</td><td>").Append(j.Training is { } t ? $"{t.Completed}/{t.Assigned}{(t.Overdue ? $" <span class=\"bad\">{text.Overdue}</span>" : string.Empty)}" : string.Empty)
                    .Append("</td><td>").Append(j.Attendance.Attended).Append('/').Append(j.Attendance.MeetingsReported).Append("</td><td>")
                    .Append(feedback is null ? string.Empty : text.Format(text.FeedbackOfMonth, feedback.Month, Encode(feedback.Successes), Encode(feedback.Challenges), Encode(feedback.Asks)))
                    .Append("</td><td>").Append(InstanceLink(j.InstanceId, j.RuntimeStatus is null ? text.HistoryLink : WorkflowLabels.Name(j.RuntimeStatus, text.Language))).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        // HR's own reads of this page would bury what happened to the cohort: one line sums them up.
        var reads = audit.Where(a => a.Action == AuditTrail.PersonalDataRead).ToList();
        html.Append("<h2>").Append(text.Audit).Append("</h2>").Append(AuditTable([.. audit.Where(a => a.Action != AuditTrail.PersonalDataRead)], text));
        if (reads.Count > 0)
        {
            var last = reads.MaxBy(a => a.At)!;
            html.Append("<p class=\"muted\" id=\"reads\">").Append(text.Format(text.ReadsSummary, reads.Count, Encode(last.Actor), Time(last.At))).Append("</p>");
        }
        return html.ToString();
    }

    /// <param name="masked">Mail really goes out, so links are shown masked (<see cref="SentMailMask"/>): the intro says so.</param>
    public static string Outbox(IReadOnlyList<OutboxMessage> messages, string? to, DashboardText text, bool masked = false)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<h1>").Append(text.Outbox).Append("</h1>");
        html.Append("<form method=\"get\" action=\"/outbox\"><label for=\"to\">").Append(text.OnlyMailTo).Append("</label><input id=\"to\" type=\"text\" name=\"to\" value=\"")
            .Append(Attr(to)).Append("\" placeholder=\"someone@example.com\"> <button type=\"submit\">").Append(text.Filter).Append("</button></form>")
            .Append(masked ? "<p class=\"muted\" id=\"links-masked\">" : "<p class=\"muted\">").Append(masked ? text.LinksMasked : text.OutboxIntro).Append("</p>")
            .Append(MailTable(messages, text));
        return html.ToString();
    }

    public static string Message(OutboxMessage message, DashboardText text, bool masked = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);
        var m = message.Message;
        var html = new StringBuilder();
        html.Append("<h1 id=\"subject\">").Append(Encode(m.Subject)).Append("</h1><div class=\"card\"><p>").Append(text.Format(text.MessageTo, $"<strong>{Encode(To(m.To))}</strong>"));
        if (m.Cc.Count > 0)
        {
            html.Append(text.Format(text.MessageCc, Encode(string.Join(", ", m.Cc.Select(To)))));
        }

        html.Append(text.Format(text.MessageMeta, text.TimeOf(message.CreatedAt), Encode(m.Template), Encode(m.Language))).Append("</p>");
        if (message.RelayedAt is not null || message.RelayError is not null)
        {
            html.Append("<p>").Append(text.Format(text.Relayed, message.RelayError is null ? text.TimeOf(message.RelayedAt) : $"<span class=\"bad\">{Encode(message.RelayError)}</span>")).Append("</p>");
        }

        if (masked)
        {
            html.Append("<p class=\"muted\" id=\"links-masked\">").Append(text.LinksMasked).Append("</p>");
        }

        var links = Links(m.HtmlBody);
        if (links.Count > 0)
        {
            html.Append("<p>").Append(text.LinksInEmail).Append("</p><ul id=\"email-links\">");
            foreach (var link in links)
            {
                html.Append("<li><a class=\"email-link\" href=\"").Append(Attr(link)).Append("\">").Append(Encode(Shorten(link, 90))).Append("</a></li>");
            }

            html.Append("</ul>");
        }

        if (m.Attachments.Count > 0)
        {
            var attachments = string.Join(", ", m.Attachments.Select(a => text.Format(text.Attachment, Encode(a.FileName), Encode(a.ContentType), text.Number(a.Content.Length, "N0"))));
            html.Append("<p>").Append(text.Format(text.Attachments, attachments)).Append("</p>");
        }

        html.Append("</div><h2>").Append(text.AsRecipientSees).Append("</h2><iframe title=\"").Append(text.EmailFrame).Append("\" sandbox=\"allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation\" src=\"/outbox/")
            .Append(message.Id).Append("/body\"></iframe><h2>").Append(text.PlainText).Append("</h2><pre>").Append(Encode(m.TextBody)).Append("</pre>");
        return html.ToString();
    }

    public static string MailTable(IReadOnlyList<OutboxMessage> messages, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(text);
        if (messages.Count == 0)
        {
            return $"<p class=\"muted\">{text.NoEmails}</p>";
        }

        var html = new StringBuilder("<table class=\"mail\"><tr>").Append(Headers(text.Sent, text.To, text.Subject, text.Template, text.Lang)).Append("</tr>");
        foreach (var o in messages)
        {
            html.Append("<tr><td>").Append(text.TimeOf(o.CreatedAt)).Append("</td><td>").Append(Encode(To(o.Message.To))).Append("</td><td><a class=\"mail-link\" data-template=\"")
                .Append(Attr(o.Message.Template)).Append("\" href=\"/outbox/").Append(o.Id).Append("\">").Append(Encode(o.Message.Subject)).Append("</a></td><td>")
                .Append(Encode(o.Message.Template)).Append("</td><td>").Append(Encode(o.Message.Language)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>The http(s) links of an email's HTML, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Links(string html)
        => [.. Href().Matches(html ?? string.Empty).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => l.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || l.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The audit trail: a record compared with its CSV export and the logs, so its times stay ISO UTC.</summary>
    private static string AuditTable(IReadOnlyList<AuditEntry> audit, DashboardText text)
    {
        if (audit.Count == 0)
        {
            return $"<p class=\"muted\">{text.NothingRecorded}</p>";
        }

        var html = new StringBuilder("<table class=\"audit\"><tr>").Append(Headers(text.When, text.Who, text.What, text.Details)).Append("</tr>");
        foreach (var a in audit)
        {
            html.Append("<tr><td>").Append(Time(a.At)).Append("</td><td>").Append(Encode(a.Actor)).Append("</td><td>").Append(Encode(a.Action)).Append("</td><td>").Append(Encode(a.Details)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>Table headers from trusted texts.</summary>
    private static string Headers(params string[] texts) => string.Concat(texts.Select(t => $"<th>{t}</th>"));

    private static string InstanceLink(string instanceId, string? text = null)
        => $"<a href=\"/instances/{Attr(Uri.EscapeDataString(instanceId))}\">{Encode(text ?? instanceId)}</a>";

    /// <summary>A runtime status for HR, by name in the page's language (the raw status stays in <c>data-status</c>).</summary>
    private static string StatusPill(string status, string language)
        => StatusPill(status).Replace($">{Encode(status)}</span>", $" data-status=\"{Attr(status)}\">{Encode(WorkflowLabels.Name(status, language))}</span>", StringComparison.Ordinal);

    private static readonly IReadOnlyDictionary<string, string> NoNames = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A person by name when the directory knows them, else as the id.</summary>
    private static string NameOf(string? employeeId, IReadOnlyDictionary<string, string> names)
        => employeeId is not null && names.TryGetValue(employeeId, out var name) ? name : employeeId ?? string.Empty;

    /// <summary>Whom a request waits on: by name when the directory knows them, else their address.</summary>
    private static string NameOf(WaitingView wait, IReadOnlyDictionary<string, string> names)
        => names.TryGetValue(wait.AssigneeId, out var name) ? name : wait.AssigneeEmail;

    private static string StatusPill(string status)
    {
        var css = status switch
        {
            "Failed" or "Terminated" => "bad",
            "Completed" => "good",
            "Suspended" or "Pending" => "warn",
            _ => string.Empty,
        };
        return $"<span class=\"pill {css}\">{Encode(status)}</span>";
    }

    private static string To(EmailAddress address) => address.DisplayName is null ? address.Address : $"{address.DisplayName} <{address.Address}>";

    private static string Shorten(string? text, int max = 160)
        => text is null ? string.Empty : text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    [GeneratedRegex("href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
