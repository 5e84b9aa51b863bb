using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Workflows.Ports;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>A person's open requests, for their personal page (index <c>approvals_open_by_assignee</c>).</summary>
public sealed partial class SqliteApprovalStore : IOpenRequests
{
    public async Task<IReadOnlyList<PendingApproval>> ListOpenForAsync(string assigneeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(assigneeId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            $"SELECT {Columns} FROM approvals WHERE assignee_id = $id AND decision IS NULL AND closed_reason IS NULL ORDER BY created_at, approval_id",
            ("$id", assigneeId));
        return await ReadAllAsync(query, cancellationToken);
    }
}
