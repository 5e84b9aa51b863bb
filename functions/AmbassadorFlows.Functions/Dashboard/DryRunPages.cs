using System.Text;
using AmbassadorFlows.Workflows.Programmes;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The dry-run form and its result: every email of the cohort, in order, with the
/// simulated date it would be sent, each one openable in place.</summary>
public static class DryRunPages
{
    public static string Form(IReadOnlyList<ProgrammeSummary> programmes, string? error)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var html = new StringBuilder("<h1>Dry run</h1><p>Plays a cohort on a compressed clock (a month takes a moment) on a separate, throwaway runtime, so you can read every email before launching. Nothing is sent and the real cohorts are not touched. People answer a day after being asked.</p>");
        if (error is not null)
        {
            html.Append("<p class=\"bad\" id=\"error\">").Append(Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"/dry-run\" class=\"card\"><label for=\"programmeId\">Programme</label><select id=\"programmeId\" name=\"programmeId\">");
        foreach (var p in programmes)
        {
            html.Append("<option value=\"").Append(Attr(p.Id)).Append("\">").Append(Encode($"{p.Name} ({p.Id}, v{p.LatestVersion})")).Append("</option>");
        }

        html.Append("</select><label for=\"nominees\">Nominees who will apply (employee ids)</label><input id=\"nominees\" type=\"text\" name=\"nominees\" value=\"E002, E003\">")
            .Append("<label for=\"hrOwner\">HR owner</label><input id=\"hrOwner\" type=\"text\" name=\"hrOwner\" value=\"E001\">")
            .Append("<label for=\"audience\">Posting audience (a group, or empty for the nominees only)</label><input id=\"audience\" type=\"text\" name=\"audience\" value=\"\">")
            .Append("<label for=\"months\">Months to play</label><input id=\"months\" type=\"number\" name=\"months\" min=\"1\" max=\"").Append(DryRunRequest.MaxMonths).Append("\" value=\"3\">")
            .Append("<p><button type=\"submit\">Play it</button></p></form>");
        return html.ToString();
    }

    public static string Result(DryRunRequest request, DryRunResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder("<h1>Dry run of ").Append(Encode(request.ProgrammeId)).Append("</h1>");
        html.Append("<div class=\"card\"><p id=\"dry-run-summary\">Played ").Append(Time(result.StartedAt)).Append(" → ").Append(Time(result.EndedAt))
            .Append(" (").Append(Encode(Age(result.EndedAt - result.StartedAt))).Append(" of cohort time in ").Append(result.WallTime.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
            .Append(" s). <strong>").Append(result.Emails.Count).Append(" emails</strong>. Cohort ").Append(Encode(result.FinalStatus))
            .Append(result.FinalStep is null ? string.Empty : $", step {Encode(result.FinalStep)}").Append(".</p>");
        if (result.Error is not null)
        {
            html.Append("<p class=\"bad\">").Append(Encode(result.Error)).Append("</p>");
        }

        html.Append("<p><a href=\"/dry-run\">Another dry run</a></p></div><h2>Emails</h2><table id=\"dry-run-emails\"><tr><th>Would be sent</th><th>To</th><th>Email</th></tr>");
        foreach (var email in result.Emails)
        {
            var m = email.Message;
            html.Append("<tr><td>").Append(Time(email.At)).Append("</td><td>").Append(Encode(m.To.Address)).Append("</td><td><details><summary>").Append(Encode(m.Subject))
                .Append(" <span class=\"muted\">").Append(Encode($"{m.Template}, {m.Language}")).Append("</span></summary>")
                .Append("<iframe title=\"email\" sandbox=\"\" srcdoc=\"").Append(Attr(m.HtmlBody)).Append("\"></iframe></details></td></tr>");
        }

        html.Append("</table><h2>Answers given</h2><ul>");
        foreach (var answer in result.Answers)
        {
            html.Append("<li>").Append(Encode(answer)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }
}
