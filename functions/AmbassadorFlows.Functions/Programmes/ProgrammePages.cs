using System.Text;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Workflows.Programmes;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>The dashboard's programme pages: the list, and one programme with its versions, the
/// field-by-field changes between two of them, the draft's JSON editor, publishing and a dry-run
/// preview of the draft. Plain forms, no script.</summary>
public static class ProgrammePages
{
    public static string List(IReadOnlyList<ProgrammeSummary> programmes, IReadOnlyList<ProgrammeDraft> drafts, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<h1>").Append(text.Programmes).Append("</h1><p>").Append(text.ProgrammesIntro).Append("</p>")
            .Append("<table id=\"programmes\"><tr><th>").Append(text.Programme).Append("</th><th>").Append(text.Version).Append("</th><th>").Append(text.Draft).Append("</th></tr>");
        var ids = programmes.Select(p => p.Id).Union(drafts.Select(d => d.Programme.Id), StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var summary = programmes.FirstOrDefault(p => p.Id == id);
            var draft = drafts.FirstOrDefault(d => d.Programme.Id == id);
            html.Append("<tr><td><a href=\"/programmes/").Append(Attr(Uri.EscapeDataString(id))).Append("\">").Append(Encode(summary is null ? id : $"{summary.Name} ({id})")).Append("</a></td><td>")
                .Append(summary is null ? "-" : "v" + summary.LatestVersion).Append("</td><td>").Append(draft is null ? "-" : "v" + draft.Programme.Version).Append("</td></tr>");
        }

        return html.Append("</table><form method=\"get\" action=\"/programmes\" class=\"card\" id=\"new-programme\"><label for=\"new-id\">").Append(text.NewProgramme)
            .Append("</label><input id=\"new-id\" name=\"open\" pattern=\"[a-z0-9-]+\" required><p><button type=\"submit\">").Append(text.OpenProgramme).Append("</button></p></form>")
            .ToString();
    }

    /// <param name="editor">The JSON in the editor: what was sent (after a refusal), else the draft, else the latest version.</param>
    /// <param name="errors">Why the draft sent was refused, by field.</param>
    public static string Programme(string id, IReadOnlyList<PublishedProgramme> versions, ProgrammeDraft? draft, string editor, IReadOnlyDictionary<string, string[]>? errors, string? diffTitle, IReadOnlyList<FieldChange>? diff, string? published, bool saved, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(text);
        var path = "/programmes/" + Attr(Uri.EscapeDataString(id));
        var html = new StringBuilder("<h1>").Append(text.Programme).Append(' ').Append(Encode(id)).Append("</h1>");
        if (published is { Length: > 0 })
        {
            html.Append("<p class=\"good\" id=\"published\">").Append(text.Format(text.PublishedVersion, Encode(published))).Append("</p>");
        }

        if (saved)
        {
            html.Append("<p class=\"good\" id=\"saved\">").Append(text.DraftSaved).Append("</p>");
        }

        html.Append("<h2>").Append(text.Versions).Append("</h2><table id=\"versions\"><tr><th>").Append(text.Version).Append("</th><th>").Append(text.PublishedAt).Append("</th><th>").Append(text.By).Append("</th><th></th></tr>");
        foreach (var v in versions.OrderByDescending(v => v.Programme.Version))
        {
            html.Append("<tr data-version=\"").Append(v.Programme.Version).Append("\"><td><a href=\"/api/programmes/").Append(Attr(Uri.EscapeDataString(id))).Append("/versions/").Append(v.Programme.Version).Append("\">v").Append(v.Programme.Version).Append("</a></td><td>")
                .Append(text.TimeOf(v.PublishedAt)).Append("</td><td>").Append(Encode(v.PublishedBy)).Append("</td><td>");
            if (v.Programme.Version > 1)
            {
                html.Append("<a href=\"").Append(path).Append("?from=").Append(v.Programme.Version - 1).Append("&amp;to=").Append(v.Programme.Version).Append("\">").Append(text.ChangesLink).Append("</a>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
        if (diffTitle is not null)
        {
            html.Append("<h2 id=\"diff-title\">").Append(text.Format(text.ChangesOf, Encode(diffTitle))).Append("</h2>");
            if (diff is null || diff.Count == 0)
            {
                html.Append("<p id=\"diff\">").Append(text.NoChanges).Append("</p>");
            }
            else
            {
                html.Append("<table id=\"diff\"><tr><th>").Append(text.Field).Append("</th><th>").Append(text.Before).Append("</th><th>").Append(text.After).Append("</th></tr>");
                foreach (var change in diff)
                {
                    html.Append("<tr data-field=\"").Append(Attr(change.Path)).Append("\"><td><code>").Append(Encode(change.Path)).Append("</code></td><td>").Append(Encode(change.Before ?? "-"))
                        .Append("</td><td>").Append(Encode(change.After ?? "-")).Append("</td></tr>");
                }

                html.Append("</table>");
            }
        }

        html.Append("<h2>").Append(text.Draft).Append("</h2>");
        html.Append("<p id=\"draft-state\">").Append(draft is null ? text.NoDraft : text.Format(text.DraftOf, draft.Programme.Version, text.TimeOf(draft.SavedAt), Encode(draft.SavedBy))).Append("</p>");
        if (errors is { Count: > 0 })
        {
            html.Append("<div class=\"card bad\" id=\"errors\"><p>").Append(text.DraftInvalid).Append("</p><ul>");
            foreach (var (field, messages) in errors.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                foreach (var message in messages)
                {
                    html.Append("<li data-field=\"").Append(Attr(field)).Append("\"><code>").Append(Encode(field)).Append("</code>: ").Append(Encode(message)).Append("</li>");
                }
            }

            html.Append("</ul></div>");
        }

        html.Append("<form method=\"post\" action=\"").Append(path).Append("/draft\" class=\"card\" id=\"draft-form\"><label for=\"json\">").Append(text.EditorLabel)
            .Append("</label><textarea id=\"json\" name=\"json\" rows=\"24\" spellcheck=\"false\">").Append(Encode(editor)).Append("</textarea><p><button type=\"submit\">")
            .Append(text.SaveDraft).Append("</button></p></form>");
        if (draft is not null)
        {
            html.Append("<form method=\"post\" action=\"").Append(path).Append("/publish\" id=\"publish-form\"><button type=\"submit\">").Append(text.Format(text.PublishAs, draft.Programme.Version)).Append("</button></form>")
                .Append("<p><a href=\"").Append(path).Append("?from=").Append(draft.Programme.Version - 1).Append("&amp;to=draft\">").Append(text.ChangesLink).Append("</a></p>")
                .Append("<form method=\"post\" action=\"/dry-run\" id=\"preview-form\"><input type=\"hidden\" name=\"source\" value=\"draft\"><input type=\"hidden\" name=\"programmeId\" value=\"").Append(Attr(id)).Append("\">")
                .Append("<input type=\"hidden\" name=\"nominees\" value=\"E002, E003\"><input type=\"hidden\" name=\"hrOwner\" value=\"E001\"><input type=\"hidden\" name=\"months\" value=\"3\">")
                .Append("<button type=\"submit\" class=\"secondary\">").Append(text.PreviewDraft).Append("</button></form>");
        }

        return html.ToString();
    }

    public static string Failed(string id, string reason, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return $"<h1>{text.CannotPublish}</h1><p class=\"bad\" id=\"error\">{Encode(reason)}</p><p><a href=\"/programmes/{Attr(Uri.EscapeDataString(id))}\">{text.Programme} {Encode(id)}</a></p>";
    }
}
