using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// A played dry run as it is kept in the app's store for a day under a random id: what was asked, every
/// email, and for each request an email's button opens, what its page shows. Kept whole, so any
/// instance serves the result and its pages without the throwaway runtime that played it.
/// </summary>
public sealed partial record DryRunRecord(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DryRunRequest Request,
    DryRunResult Result,
    ProgrammeDefinition? Programme,
    IReadOnlyList<DryRunPageSnapshot> Pages)
{
    /// <summary>How long a result is kept: long enough to read and share today, short enough that
    /// previews of people's names do not pile up.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>The path of the kept result.</summary>
    public static string PathOf(string id) => $"/dry-run/{Uri.EscapeDataString(id)}";

    /// <summary>The path of the page one request's button opens.</summary>
    public static string PagePath(string id, string approvalId) => $"{PathOf(id)}/requests/{Uri.EscapeDataString(approvalId)}";

    public DryRunPageSnapshot? Page(string approvalId) => Pages.FirstOrDefault(p => string.Equals(p.Approval.ApprovalId, approvalId, StringComparison.Ordinal));

    /// <summary>The requests whose page an email's buttons open: those it links to.</summary>
    public IReadOnlyList<DryRunPageSnapshot> PagesOf(DryRunEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        // The whole link up to its closing quote: one request's path is the start of its HR copy's ("…-hr").
        return [.. Pages.Where(p => email.Message.HtmlBody.Contains(PagePath(Id, p.Approval.ApprovalId) + "\"", StringComparison.Ordinal))];
    }

    /// <summary>The path an email's button takes from inside its frame: a hop through our own origin to
    /// <see cref="PagePath"/> (see <see cref="DryRunEndpoints.OpenAsync"/>).</summary>
    public static string OpenPath(string id, string approvalId) => $"{PathOf(id)}/open/{Uri.EscapeDataString(approvalId)}";

    /// <summary>An email's HTML for the result page's frame: its links open in the whole window (the
    /// preview pages may not be framed), which the frame's sandbox allows on a click only. The frame's
    /// origin is opaque, so a navigation it starts is cross-site to the browser and carries no
    /// SameSite=Strict sign-in cookie: the preview links go through <see cref="OpenPath"/> instead, on
    /// whatever address HR is using (the stored links name the address the run was played on).</summary>
    public string FramedBody(DryRunEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var html = PreviewHref().Replace(email.Message.HtmlBody, match =>
            string.Equals(match.Groups["id"].Value, Id, StringComparison.Ordinal)
                ? $"href=\"{PathOf(Id)}/open/{match.Groups["rest"].Value}\""
                : match.Value);
        const string Head = "<head>";
        var head = html.IndexOf(Head, StringComparison.OrdinalIgnoreCase);
        return head < 0 ? "<base target=\"_top\">" + html : html.Insert(head + Head.Length, "<base target=\"_top\">");
    }

    /// <summary>The record as stored: gzipped JSON (email bodies compress about tenfold).</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(zip, this, WorkflowJson.Options);
        }

        return buffer.ToArray();
    }

    public static DryRunRecord? FromBytes(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<DryRunRecord>(zip, WorkflowJson.Options);
    }

    /// <summary>A link to a preview page, absolute or not, as the email renderer writes it.</summary>
    [GeneratedRegex(@"href=""(?:https?://[^""/]*)?/dry-run/(?<id>[0-9a-f]{32})/requests/(?<rest>[^""]+)""")]
    private static partial Regex PreviewHref();
}
