using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>HTML of the dashboard pages. Every value is encoded; ids in URLs are escaped.</summary>
public static partial class DashboardPages
{
    private const string Navigation = """
        <a href="/">Overview</a><a href="/outbox">Outbox</a><a href="/dry-run">Dry run</a><a href="/openapi/v1.json">HR API (OpenAPI)</a>
        """;

    public static string Layout(string title, string body) => Page(title, body, Navigation);

    public static string Overview(
        IReadOnlyList<CohortSummary> cohorts,
        IReadOnlyList<OrchestrationMetadata> running,
        IReadOnlyList<PendingApproval> pending,
        IReadOnlyList<OrchestrationMetadata> failed,
        IReadOnlyList<OutboxMessage> recentMail,
        DateTimeOffset now,
        Caller viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(running);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(failed);
        ArgumentNullException.ThrowIfNull(recentMail);
        var html = new StringBuilder("<h1>Overview</h1>");
        html.Append("<p class=\"muted\">Clock: ").Append(Time(now)).Append(". Start a cohort with <code>POST /api/cohorts</code> (see the walkthrough), or preview one with a <a href=\"/dry-run\">dry run</a>.</p>");

        html.Append("<h2 id=\"cohorts\">Cohorts</h2>");
        if (cohorts.Count == 0)
        {
            html.Append("<p class=\"muted\">No cohorts yet.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Cohort</th><th>Programme</th><th>Status</th><th>Step</th><th>Waiting on</th><th>Since</th><th>Ambassadors by step</th><th>Open requests</th></tr>");
            foreach (var c in cohorts)
            {
                html.Append("<tr><td>").Append(viewer.SeesPersonalData ? $"<a href=\"/cohorts/{Attr(Uri.EscapeDataString(c.Id))}\">{Encode(c.Id)}</a>" : Encode(c.Id)).Append("</td><td>")
                    .Append(Encode(c.Programme)).Append("</td><td>").Append(StatusPill(c.RuntimeStatus)).Append("</td><td>").Append(Encode(c.Step))
                    .Append("</td><td>").Append(Encode(c.WaitingOn)).Append("</td><td>").Append(Time(c.Since)).Append("</td><td>")
                    .Append(Encode(string.Join(", ", c.AmbassadorsByStep.Select(s => $"{s.Key}: {s.Value}")))).Append("</td><td>").Append(c.PendingApprovals).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2 id=\"journeys-by-step\">Journeys by step</h2>");
        var byStep = cohorts.SelectMany(c => c.AmbassadorsByStep).GroupBy(s => s.Key).Select(g => (Step: g.Key, Count: g.Sum(s => s.Value))).ToList();
        html.Append(byStep.Count == 0
            ? "<p class=\"muted\">No ambassador journeys yet.</p>"
            : "<p>" + string.Join(" ", byStep.Select(s => $"<span class=\"pill\">{Encode(s.Step)}: {s.Count}</span>")) + "</p>");

        if (viewer.SeesPersonalData)
        {
            AppendPending(html, pending, now);
        }

        if (viewer.SeesOperations)
        {
            AppendOperations(html, failed, running);
        }

        if (viewer.SeesPersonalData)
        {
            html.Append("<h2 id=\"recent-mail\">Latest emails</h2>").Append(MailTable(recentMail)).Append("<p><a href=\"/outbox\">The whole outbox</a></p>");
        }

        return html.ToString();
    }

    private static void AppendPending(StringBuilder html, IReadOnlyList<PendingApproval> pending, DateTimeOffset now)
    {
        html.Append("<h2 id=\"pending\">Pending requests</h2>");
        if (pending.Count == 0)
        {
            html.Append("<p class=\"muted\">Nobody is being waited on.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Request</th><th>Waiting on</th><th>Instance</th><th>Age</th><th>SLA (answer by)</th></tr>");
            foreach (var a in pending.OrderBy(a => a.CreatedAt))
            {
                var age = now - a.CreatedAt;
                var left = a.ExpiresAt - now;
                var ageClass = age >= CohortReadModel.LongWait ? "bad" : age >= TimeSpan.FromDays(3) ? "warn" : string.Empty;
                html.Append("<tr><td>").Append(Encode(a.Kind)).Append("</td><td>").Append(Encode(a.AssigneeEmail)).Append("</td><td>").Append(InstanceLink(a.InstanceId))
                    .Append("</td><td class=\"").Append(ageClass).Append("\">").Append(Encode(Age(age))).Append("</td><td class=\"").Append(left < TimeSpan.Zero ? "bad" : string.Empty).Append("\">")
                    .Append(Time(a.ExpiresAt)).Append(left < TimeSpan.Zero ? " (past)" : $" ({Encode(Age(left))} left)").Append("</td></tr>");
            }

            html.Append("</table>");
        }
    }

    private static void AppendOperations(StringBuilder html, IReadOnlyList<OrchestrationMetadata> failed, IReadOnlyList<OrchestrationMetadata> running)
    {
        html.Append("<h2 id=\"failures\">Failures</h2>");
        if (failed.Count == 0)
        {
            html.Append("<p class=\"good\">No failed orchestrations.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Instance</th><th>Orchestrator</th><th>Failed at</th><th>Reason</th></tr>");
            foreach (var f in failed)
            {
                html.Append("<tr><td>").Append(InstanceLink(f.InstanceId)).Append("</td><td>").Append(Encode(f.Name)).Append("</td><td>").Append(Time(f.LastUpdatedAt))
                    .Append("</td><td class=\"bad\">").Append(Encode(f.FailureDetails?.ToString() ?? f.SerializedOutput)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2 id=\"running\">Running orchestrations</h2>");
        if (running.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Instance</th><th>Orchestrator</th><th>Status</th><th>Step</th><th>Waiting on</th><th>Updated</th></tr>");
            foreach (var r in running.OrderBy(r => r.InstanceId, StringComparer.Ordinal))
            {
                var status = CohortReadModel.ReadStatus(r);
                html.Append("<tr><td>").Append(InstanceLink(r.InstanceId)).Append("</td><td>").Append(Encode(r.Name)).Append("</td><td>").Append(StatusPill(r.RuntimeStatus.ToString()))
                    .Append("</td><td class=\"step\">").Append(Encode(status?.Step)).Append("</td><td>").Append(Encode(status?.WaitingOn)).Append("</td><td>").Append(Time(r.LastUpdatedAt)).Append("</td></tr>");
            }

            html.Append("</table>");
        }
    }

    public static string Cohort(CohortDetail c, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(audit);
        var html = new StringBuilder();
        html.Append("<h1>Cohort ").Append(Encode(c.Id)).Append("</h1><div class=\"card\"><p>Programme <strong>").Append(Encode(c.Programme)).Append("</strong>")
            .Append(c.ProgrammeVersion is { } v ? $" v{v}" : string.Empty).Append(" · HR owner ").Append(Encode(c.HrOwner)).Append(" · ").Append(StatusPill(c.RuntimeStatus))
            .Append("</p><p>Step <strong id=\"cohort-step\">").Append(Encode(c.Step)).Append("</strong>").Append(c.WaitingOn is null ? string.Empty : $", waiting on {Encode(c.WaitingOn)}")
            .Append(" since ").Append(Time(c.Since)).Append(" · ").Append(c.OpenApplications).Append(" apply links open · ").Append(InstanceLink(c.Id, "history")).Append("</p>");
        if (c.Failure is not null)
        {
            html.Append("<p class=\"bad\">Failed: ").Append(Encode(c.Failure)).Append("</p>");
        }

        html.Append("</div>");
        if (c.CohortWaits.Count > 0)
        {
            html.Append("<h2>Waiting on</h2><ul>");
            foreach (var w in c.CohortWaits)
            {
                html.Append("<li>").Append(Encode(w.Kind)).Append(" from ").Append(Encode(w.AssigneeEmail)).Append(" since ").Append(Time(w.Since)).Append(" (answer by ").Append(Time(w.ExpiresAt)).Append(")</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2 id=\"at-risk\">At risk</h2>");
        if (c.AtRisk.Count == 0)
        {
            html.Append("<p class=\"good\">Nobody at risk.</p>");
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

        html.Append("<h2 id=\"journeys\">Journeys</h2>");
        if (c.Journeys.Count == 0)
        {
            html.Append("<p class=\"muted\">No journeys yet: they start when HR approves the selection.</p>");
        }
        else
        {
            html.Append("<table id=\"journey-table\"><tr><th>Ambassador</th><th>Step</th><th>Since</th><th>Waiting on</th><th>Training</th><th>Attendance</th><th>Latest feedback</th><th>Journey</th></tr>");
            foreach (var j in c.Journeys)
            {
                var feedback = j.Feedback.OrderByDescending(f => f.Month).FirstOrDefault();
                html.Append("<tr data-employee=\"").Append(Attr(j.EmployeeId)).Append("\"><td>").Append(Encode(j.Name ?? j.EmployeeId)).Append("<br><span class=\"muted\">").Append(Encode(j.Department)).Append("</span></td><td class=\"step\">")
                    .Append(Encode(j.Step)).Append(j.Outcome is null ? string.Empty : $" ({Encode(j.Outcome)})").Append("</td><td>").Append(Time(j.Since)).Append("</td><td>")
                    .Append(Encode(string.Join(", ", j.WaitingOn.Select(w => $"{w.Kind}: {w.AssigneeEmail} ({w.AgeDays:0.#} d)"))))
                    .Append("</td><td>").Append(j.Training is { } t ? $"{t.Completed}/{t.Assigned}{(t.Overdue ? " <span class=\"bad\">overdue</span>" : string.Empty)}" : string.Empty)
                    .Append("</td><td>").Append(j.Attendance.Attended).Append('/').Append(j.Attendance.MeetingsReported).Append("</td><td>")
                    .Append(feedback is null ? string.Empty : Encode($"month {feedback.Month}: {feedback.Successes} / {feedback.Challenges} / {feedback.Asks}"))
                    .Append("</td><td>").Append(InstanceLink(j.InstanceId, j.RuntimeStatus ?? "history")).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2>Audit</h2>").Append(AuditTable(audit));
        return html.ToString();
    }

    /// <param name="parentInstanceId">The orchestration that started this one as a sub-orchestration (from its history), or null.</param>
    public static string Instance(OrchestrationMetadata instance, string? parentInstanceId, JsonArray history, IReadOnlyList<PendingApproval> approvals, IReadOnlyList<AuditEntry> audit, bool showPersonalData)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(audit);
        var status = CohortReadModel.ReadStatus(instance);
        var html = new StringBuilder();
        html.Append("<h1>").Append(Encode(instance.Name)).Append(" <span class=\"muted\">").Append(Encode(instance.InstanceId)).Append("</span></h1>")
            .Append("<div class=\"card\"><p>").Append(StatusPill(instance.RuntimeStatus.ToString())).Append(" · step <strong class=\"step\">").Append(Encode(status?.Step)).Append("</strong>")
            .Append(status?.WaitingOn is null ? string.Empty : $" · waiting on {Encode(status.WaitingOn)}").Append(" · created ").Append(Time(instance.CreatedAt)).Append(" · updated ").Append(Time(instance.LastUpdatedAt));
        if (parentInstanceId is not null)
        {
            html.Append(" · part of ").Append(InstanceLink(parentInstanceId));
        }

        html.Append("</p>");
        if (instance.FailureDetails is { } failure)
        {
            html.Append("<p class=\"bad\">Failed: ").Append(Encode(failure.ToString())).Append("</p>");
        }

        html.Append("<p class=\"muted\">Repair with the management API, e.g. <code>POST /runtime/webhooks/durabletask/instances/").Append(Encode(Uri.EscapeDataString(instance.InstanceId)))
            .Append("/terminate?code=KEY</code>, <code>/raiseEvent/{name}</code>, <code>/suspend</code>, <code>/resume</code>.</p></div>");

        if (approvals.Count > 0)
        {
            html.Append("<h2>Requests</h2><table><tr><th>Request</th><th>Asked</th><th>Of</th><th>Answer by</th><th>Outcome</th></tr>");
            foreach (var a in approvals.OrderBy(a => a.CreatedAt))
            {
                var by = showPersonalData ? $" by {a.Decision?.DecidedBy}" : string.Empty;
                var outcome = a.Decision is { } d ? $"{d.Decision}{by} at {d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : a.ClosedReason is { } r ? $"closed: {r}" : "open";
                html.Append("<tr><td>").Append(Encode(a.Kind)).Append("</td><td>").Append(Time(a.CreatedAt)).Append("</td><td>").Append(Encode(showPersonalData ? a.AssigneeEmail : a.AssigneeId)).Append("</td><td>")
                    .Append(Time(a.ExpiresAt)).Append("</td><td>").Append(Encode(outcome)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2>History</h2><table id=\"history\"><tr><th>#</th><th>Time</th><th>Event</th><th>Details</th></tr>");
        var i = 0;
        foreach (var node in history)
        {
            if (node is not JsonObject e)
            {
                continue;
            }

            var details = string.Join(" · ", e.Where(p => p.Key is not "EventType" and not "Timestamp").Select(p => $"{p.Key}: {Shorten(p.Value?.ToJsonString())}"));
            html.Append("<tr><td>").Append(++i).Append("</td><td>").Append(Encode(e["Timestamp"]?.ToString())).Append("</td><td>").Append(Encode(e["EventType"]?.ToString()))
                .Append("</td><td>").Append(Encode(details)).Append("</td></tr>");
        }

        html.Append("</table>");
        if (!showPersonalData)
        {
            // Inputs, outputs and event payloads name people and carry their answers: HR's to read.
            html.Append("<p class=\"muted\" id=\"payloads-hidden\">Inputs, outputs and event payloads are shown to the HR role only.</p><h2>Audit</h2>").Append(AuditTable(audit));
            return html.ToString();
        }

        html.Append("<h2>Input</h2><pre>").Append(Encode(Shorten(instance.SerializedInput, 4000))).Append("</pre>");
        if (instance.SerializedOutput is not null)
        {
            html.Append("<h2>Output</h2><pre>").Append(Encode(Shorten(instance.SerializedOutput, 4000))).Append("</pre>");
        }

        html.Append("<h2>Audit</h2>").Append(AuditTable(audit));
        return html.ToString();
    }

    public static string Outbox(IReadOnlyList<OutboxMessage> messages, string? to)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var html = new StringBuilder("<h1>Outbox</h1>");
        html.Append("<form method=\"get\" action=\"/outbox\"><label for=\"to\">Only mail to</label><input id=\"to\" type=\"text\" name=\"to\" value=\"")
            .Append(Attr(to)).Append("\" placeholder=\"someone@example.com\"> <button type=\"submit\">Filter</button></form>")
            .Append("<p class=\"muted\">Every email the app sent, newest first. Links in them work: they open this app's approval pages.</p>")
            .Append(MailTable(messages));
        return html.ToString();
    }

    public static string Message(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message.Message;
        var html = new StringBuilder();
        html.Append("<h1 id=\"subject\">").Append(Encode(m.Subject)).Append("</h1><div class=\"card\"><p>To <strong>").Append(Encode(To(m.To))).Append("</strong>");
        if (m.Cc.Count > 0)
        {
            html.Append(" · Cc ").Append(Encode(string.Join(", ", m.Cc.Select(To))));
        }

        html.Append(" · ").Append(Time(message.CreatedAt)).Append(" · template ").Append(Encode(m.Template)).Append(" · ").Append(Encode(m.Language)).Append("</p>");
        if (message.RelayedAt is not null || message.RelayError is not null)
        {
            html.Append("<p>Relayed: ").Append(message.RelayError is null ? Time(message.RelayedAt) : $"<span class=\"bad\">{Encode(message.RelayError)}</span>").Append("</p>");
        }

        var links = Links(m.HtmlBody);
        if (links.Count > 0)
        {
            html.Append("<p>Links in this email:</p><ul id=\"email-links\">");
            foreach (var link in links)
            {
                html.Append("<li><a class=\"email-link\" href=\"").Append(Attr(link)).Append("\">").Append(Encode(Shorten(link, 90))).Append("</a></li>");
            }

            html.Append("</ul>");
        }

        if (m.Attachments.Count > 0)
        {
            html.Append("<p>Attachments: ").Append(Encode(string.Join(", ", m.Attachments.Select(a => $"{a.FileName} ({a.ContentType}, {a.Content.Length} bytes)")))).Append("</p>");
        }

        html.Append("</div><h2>As the recipient sees it</h2><iframe title=\"email\" sandbox=\"allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation\" src=\"/outbox/")
            .Append(message.Id).Append("/body\"></iframe><h2>Plain text</h2><pre>").Append(Encode(m.TextBody)).Append("</pre>");
        return html.ToString();
    }

    public static string MailTable(IReadOnlyList<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return "<p class=\"muted\">No emails yet.</p>";
        }

        var html = new StringBuilder("<table class=\"mail\"><tr><th>Sent</th><th>To</th><th>Subject</th><th>Template</th><th>Lang</th></tr>");
        foreach (var o in messages)
        {
            html.Append("<tr><td>").Append(Time(o.CreatedAt)).Append("</td><td>").Append(Encode(To(o.Message.To))).Append("</td><td><a class=\"mail-link\" data-template=\"")
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

    private static string AuditTable(IReadOnlyList<AuditEntry> audit)
    {
        if (audit.Count == 0)
        {
            return "<p class=\"muted\">Nothing recorded yet.</p>";
        }

        var html = new StringBuilder("<table><tr><th>When</th><th>Who</th><th>What</th><th>Details</th></tr>");
        foreach (var a in audit)
        {
            html.Append("<tr><td>").Append(Time(a.At)).Append("</td><td>").Append(Encode(a.Actor)).Append("</td><td>").Append(Encode(a.Action)).Append("</td><td>").Append(Encode(a.Details)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string InstanceLink(string instanceId, string? text = null)
        => $"<a href=\"/instances/{Attr(Uri.EscapeDataString(instanceId))}\">{Encode(text ?? instanceId)}</a>";

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
