using System.Text;
using AmbassadorFlows.Workflows.Programmes;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The dry-run form and its result: every email of the cohort, in order, with the
/// simulated date it would be sent, each one openable in place.</summary>
public static class DryRunPages
{
    public static string Form(IReadOnlyList<ProgrammeSummary> programmes, string? error, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<h1>").Append(text.DryRun).Append("</h1><p>").Append(text.DryRunIntro).Append("</p>");
        if (error is not null)
        {
            html.Append("<p class=\"bad\" id=\"error\">").Append(Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"/dry-run\" class=\"card\"><label for=\"programmeId\">").Append(text.Programme).Append("</label><select id=\"programmeId\" name=\"programmeId\">");
        foreach (var p in programmes)
        {
            html.Append("<option value=\"").Append(Attr(p.Id)).Append("\">").Append(Encode($"{p.Name} ({p.Id}, v{p.LatestVersion})")).Append("</option>");
        }

        html.Append("</select><label for=\"nominees\">").Append(text.NomineesLabel).Append("</label><input id=\"nominees\" type=\"text\" name=\"nominees\" value=\"E002, E003\">")
            .Append("<label for=\"hrOwner\">").Append(text.HrOwner).Append("</label><input id=\"hrOwner\" type=\"text\" name=\"hrOwner\" value=\"E001\">")
            .Append("<label for=\"audience\">").Append(text.AudienceLabel).Append("</label><input id=\"audience\" type=\"text\" name=\"audience\" value=\"\">")
            .Append("<label for=\"months\">").Append(text.MonthsLabel).Append("</label><input id=\"months\" type=\"number\" name=\"months\" min=\"1\" max=\"").Append(DryRunRequest.MaxMonths).Append("\" value=\"3\">")
            .Append("<p><button type=\"submit\">").Append(text.PlayIt).Append("</button></p></form>");
        return html.ToString();
    }

    public static string Result(DryRunRequest request, DryRunResult result, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<h1>").Append(text.Format(text.DryRunOf, Encode(request.ProgrammeId))).Append("</h1>");
        html.Append("<div class=\"card\"><p id=\"dry-run-summary\">")
            .Append(text.Format(
                text.DryRunSummary,
                text.TimeOf(result.StartedAt),
                text.TimeOf(result.EndedAt),
                Encode(text.Duration(result.EndedAt - result.StartedAt)),
                text.Number(result.WallTime.TotalSeconds, "0.0"),
                $"<strong>{text.Format(text.EmailCount, result.Emails.Count)}</strong>",
                Encode(WorkflowLabels.Name(result.FinalStatus, text.Language)),
                result.FinalStep is null ? string.Empty : text.Format(text.CommaStep, Encode(WorkflowLabels.Name(result.FinalStep, text.Language)))))
            .Append("</p>");
        if (result.Error is not null)
        {
            html.Append("<p class=\"bad\">").Append(Encode(result.Error)).Append("</p>");
        }

        html.Append("<p><a href=\"/dry-run\">").Append(text.AnotherDryRun).Append("</a></p></div><h2>").Append(text.Emails).Append("</h2><table id=\"dry-run-emails\"><tr><th>")
            .Append(text.WouldBeSent).Append("</th><th>").Append(text.To).Append("</th><th>").Append(text.Email).Append("</th></tr>");
        foreach (var email in result.Emails)
        {
            var m = email.Message;
            html.Append("<tr><td>").Append(text.TimeOf(email.At)).Append("</td><td>").Append(Encode(m.To.Address)).Append("</td><td><details><summary>").Append(Encode(m.Subject))
                .Append(" <span class=\"muted\">").Append(Encode($"{m.Template}, {m.Language}")).Append("</span></summary>")
                .Append("<iframe title=\"").Append(text.EmailFrame).Append("\" sandbox=\"\" srcdoc=\"").Append(Attr(m.HtmlBody)).Append("\"></iframe></details></td></tr>");
        }

        html.Append("</table><h2>").Append(text.AnswersGiven).Append("</h2><ul>");
        foreach (var answer in result.Answers)
        {
            var line = answer.Request is null
                ? text.Format(text.TrainingCompleted, text.DayOf(answer.At), Encode(answer.Person))
                : text.Format(text.Answered, text.DayOf(answer.At), Encode(answer.Person), Encode(WorkflowLabels.Name(answer.Request, text.Language)), Encode(WorkflowLabels.Name(answer.Decision, text.Language)));
            html.Append("<li>").Append(line).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }
}
