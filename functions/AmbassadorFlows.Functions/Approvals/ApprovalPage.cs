using System.Globalization;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>The landing page of an email link and the pages after an answer. Plain HTML, no
/// script: the page only shows; the buttons POST.</summary>
public static class ApprovalPage
{
    public static string Open(PendingApproval approval, string token, string formField, ApprovalPageText text)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        html.Append("<h1>").Append(Encode(text.Kind(approval.Kind))).Append("</h1>")
            .Append("<p class=\"muted\">").Append(text.ForUntil(Encode(approval.AssigneeEmail), Time(approval.ExpiresAt))).Append("</p>")
            .Append("<div class=\"card\" id=\"details\">").Append(Details(approval.DetailsJson, text)).Append("</div>")
            .Append("<form method=\"post\" action=\"/").Append(ApprovalLinks.RoutePrefix).Append(Attr(token)).Append("\" id=\"decision-form\">")
            .Append("<input type=\"hidden\" name=\"").Append(FormProtection.FieldName).Append("\" value=\"").Append(Attr(formField)).Append("\">")
            .Append(ExtraFields(approval, text))
            .Append("<label for=\"comment\">").Append(text.CommentLabel).Append("</label><textarea id=\"comment\" name=\"comment\" rows=\"3\" maxlength=\"2000\"></textarea><p>");
        foreach (var option in approval.Options)
        {
            var secondary = option is "reject" or "decline" or "step-down" or "step-back" ? " class=\"secondary\"" : string.Empty;
            html.Append("<button type=\"submit\" name=\"decision\" value=\"").Append(Attr(option)).Append('"').Append(secondary).Append('>')
                .Append(Encode(text.Option(option))).Append("</button>");
        }

        html.Append("</p></form><p class=\"muted\">").Append(text.OpeningChangesNothing).Append("</p>");
        return LocalizedPage(text.Kind(approval.Kind), html.ToString(), text);
    }

    public static string Recorded(PendingApproval approval, ApprovalDecision decision, ApprovalPageText text)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(text);
        var outcome = text.Recorded(Encode(text.Option(decision.Decision)), Encode(text.Kind(approval.Kind)), Time(decision.DecidedAt));
        return LocalizedPage(text.ThankYou, $"<h1>{text.ThankYou}</h1><p id=\"outcome\" class=\"good\">{outcome}</p><p>{text.CloseThisPage}</p>", text);
    }

    public static string AlreadyDecided(PendingApproval approval, ApprovalPageText text)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(text);
        var d = approval.Decision!;
        var outcome = text.AlreadyDecidedBy(Encode(d.DecidedBy), Time(d.DecidedAt), Encode(text.Option(d.Decision)));
        return LocalizedPage(text.AlreadyDecidedTitle, $"<h1>{Encode(text.Kind(approval.Kind))}</h1><p id=\"outcome\">{outcome}</p><p class=\"muted\">{text.NothingMore}</p>", text);
    }

    /// <summary>The answer was refused for its fields; nothing was recorded, the link still works.</summary>
    public static string Invalid(PendingApproval approval, IReadOnlyDictionary<string, string[]> errors, ApprovalPageText text)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        // The field messages themselves stay English: they are also the API's problem details.
        var html = new StringBuilder("<h1>").Append(text.NotRecordedHeading).Append("</h1><p id=\"outcome\">")
            .Append(text.FieldsWrong(Encode(text.Kind(approval.Kind)))).Append("</p><ul id=\"errors\">");
        foreach (var (field, messages) in errors)
        {
            html.Append("<li><code>").Append(Encode(field)).Append("</code>: ").Append(Encode(string.Join(" ", messages))).Append("</li>");
        }

        return LocalizedPage(text.NotRecordedTitle, html.Append("</ul><p>").Append(text.OpenAgainAndUseForm).Append("</p>").ToString(), text);
    }

    public static string Message(string title, string message, ApprovalPageText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LocalizedPage(title, $"<h1>{Encode(title)}</h1><p id=\"outcome\">{Encode(message)}</p>", text);
    }

    private static string LocalizedPage(string title, string body, ApprovalPageText text) => Page(title, body, language: text.Language);

    public static string Title(string kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return "Your answer is needed";
        }

        var words = kind.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>Fields some steps need besides the decision: the monthly check-in form and HR's choice of candidates.</summary>
    private static string ExtraFields(PendingApproval approval, ApprovalPageText text)
    {
        if (approval.EventName == "MonthlyCheckIn")
        {
            return $"""
                <fieldset class="card"><legend>{text.YourMonth}</legend>
                <input type="hidden" name="data.attendedMeeting" value="false">
                <label><input type="checkbox" name="data.attendedMeeting" value="true" checked> {text.AttendedMeeting}</label>
                <label for="hours">{text.HoursSpent}</label><input id="hours" type="number" name="data.hoursSpent" min="0" max="200" step="0.5" value="3">
                <label for="successes">{text.Successes}</label><textarea id="successes" name="data.successes" rows="2" maxlength="2000"></textarea>
                <label for="challenges">{text.Challenges}</label><textarea id="challenges" name="data.challenges" rows="2" maxlength="2000"></textarea>
                <label for="asks">{text.Asks}</label><textarea id="asks" name="data.asks" rows="2" maxlength="2000"></textarea>
                </fieldset>
                """;
        }

        if (approval.EventName == "SelectionDecision" && Candidates(approval.DetailsJson) is { Count: > 0 } candidates)
        {
            // The empty hidden value makes the list explicit: with every box unticked the browser sends
            // no checkbox at all, and the approval must still say "nobody", not leave the field out.
            var html = new StringBuilder("<fieldset class=\"card\"><legend>").Append(text.SelectedAmbassadors).Append("</legend>")
                .Append("<input type=\"hidden\" name=\"data.selectedEmployeeIds[]\" value=\"\">");
            foreach (var (id, label) in candidates)
            {
                html.Append("<label><input type=\"checkbox\" name=\"data.selectedEmployeeIds[]\" value=\"").Append(Attr(id)).Append("\" checked> ")
                    .Append(Encode(label)).Append("</label>");
            }

            return html.Append("</fieldset>").ToString();
        }

        return string.Empty;
    }

    /// <summary>The candidates HR is offered, from the selection request's details (also what the form may choose from).</summary>
    internal static List<(string Id, string Label)> Candidates(string? detailsJson)
    {
        var result = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(detailsJson))
        {
            return result;
        }

        try
        {
            using var doc = JsonDocument.Parse(detailsJson);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("candidates", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var c in list.EnumerateArray())
                {
                    if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("employeeId", out var id) && id.ValueKind == JsonValueKind.String)
                    {
                        var name = c.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                        result.Add((id.GetString()!, name is null ? id.GetString()! : $"{name} ({id.GetString()})"));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Details are for display; unreadable ones just show no choices.
        }

        return result;
    }

    /// <summary>The approval's details JSON as HTML: texts as paragraphs, lists as lists, objects as tables.</summary>
    public static string Details(string? detailsJson, ApprovalPageText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(detailsJson))
        {
            return $"<p>{text.NoDetails}</p>";
        }

        try
        {
            using var doc = JsonDocument.Parse(detailsJson);
            var html = new StringBuilder();
            Render(doc.RootElement, html, 0);
            return html.ToString();
        }
        catch (JsonException)
        {
            return $"<p>{Encode(detailsJson)}</p>";
        }
    }

    private static void Render(JsonElement element, StringBuilder html, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when depth < 4:
                html.Append("<dl>");
                foreach (var property in element.EnumerateObject())
                {
                    html.Append("<dt><strong>").Append(Encode(Title(Words(property.Name)))).Append("</strong></dt><dd>");
                    Render(property.Value, html, depth + 1);
                    html.Append("</dd>");
                }

                html.Append("</dl>");
                break;
            case JsonValueKind.Array when depth < 4:
                html.Append("<ul>");
                foreach (var item in element.EnumerateArray())
                {
                    html.Append("<li>");
                    Render(item, html, depth + 1);
                    html.Append("</li>");
                }

                html.Append("</ul>");
                break;
            case JsonValueKind.String:
                foreach (var paragraph in (element.GetString() ?? string.Empty).Split('\n'))
                {
                    html.Append(Encode(paragraph)).Append("<br>");
                }

                break;
            default:
                html.Append(Encode(element.GetRawText()));
                break;
        }
    }

    /// <summary>"agreementText" → "agreement-text", so <see cref="Title"/> makes "Agreement text".</summary>
    private static string Words(string camel)
    {
        var text = new StringBuilder();
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
