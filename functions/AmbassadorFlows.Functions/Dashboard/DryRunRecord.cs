using System.IO.Compression;
using System.Text.Json;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// A played dry run as it is kept in the app's store for a day under a random id: what was asked, every
/// email, and for each request an email's button opens, what its page shows. Kept whole, so any
/// instance serves the result and its pages without the throwaway runtime that played it.
/// </summary>
public sealed record DryRunRecord(
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
        return [.. Pages.Where(p => email.Message.HtmlBody.Contains(PagePath(Id, p.Approval.ApprovalId), StringComparison.Ordinal))];
    }

    /// <summary>An email's HTML for the result page's frame: its links open in the whole window (the
    /// preview pages may not be framed), which the frame's sandbox allows on a click only.</summary>
    public static string FramedBody(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
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
}
