using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests;

/// <summary>The whole audit trail for a test to look through, read the way HR's API and CSV read it: page by page.</summary>
public static class AuditReads
{
    public static async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(this IApprovalHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var entries = new List<AuditEntry>();
        string? after = null;
        do
        {
            var page = await history.ListAuditPageAsync(null, after, 1_000);
            entries.AddRange(page.Entries);
            after = page.Next;
        }
        while (after is not null);

        return entries;
    }
}
