using AmbassadorFlows.Workflows.Ports;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Open requests: the overview's count per cohort and oldest ones a page at a time, and the
/// cohort page's of one instance, all on the partial indexes of open rows (<see cref="AppSchema.ReadModelSchema"/>).</summary>
public sealed partial class SqliteApprovalStore
{
    // The cohort itself, then its journeys as a range of instance ids (not LIKE, which no index serves).
    internal const string OpenOfCohortCountSql = """
        SELECT (SELECT count(*) FROM approvals WHERE instance_id = $cohort AND expires_at > $now AND decision IS NULL AND closed_reason IS NULL)
             + (SELECT count(*) FROM approvals WHERE instance_id >= $prefix AND instance_id < $upper AND expires_at > $now AND decision IS NULL AND closed_reason IS NULL)
        """;

    internal const string OpenPageSql = $"SELECT {Columns} FROM approvals WHERE decision IS NULL AND closed_reason IS NULL AND expires_at > $now AND (created_at, approval_id) > ($created, $id) ORDER BY created_at, approval_id LIMIT $limit";

    internal const string OpenOfInstanceSql = $"SELECT {Columns} FROM approvals WHERE instance_id = $instance AND expires_at > $now AND decision IS NULL AND closed_reason IS NULL ORDER BY created_at, approval_id";

    public async Task<IReadOnlyList<PendingApproval>> ListOpenOfInstancesAsync(IReadOnlyCollection<string> instanceIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var open = new List<PendingApproval>();
        foreach (var instanceId in instanceIds.Distinct(StringComparer.Ordinal))
        {
            // One index lookup per instance: the partial index of open rows by instance.
            await using var query = Command(connection, OpenOfInstanceSql, ("$instance", instanceId), ("$now", ToDb(now)));
            open.AddRange(await ReadAllAsync(query, cancellationToken));
        }

        return [.. open.OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal)];
    }

    public async Task<int> CountOpenOfCohortAsync(string cohortId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        var prefix = Api.CohortReadModel.JourneyPrefix(cohortId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, OpenOfCohortCountSql, ("$cohort", cohortId), ("$prefix", prefix), ("$upper", UpperBound(prefix)), ("$now", ToDb(now)));
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<PendingApproval>> ListOpenAsync(DateTimeOffset now, int limit, PendingApproval? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            OpenPageSql,
            ("$now", ToDb(now)),
            ("$created", after is null ? long.MinValue : ToDb(after.CreatedAt)),
            ("$id", after?.ApprovalId ?? string.Empty),
            ("$limit", limit));
        return await ReadAllAsync(query, cancellationToken);
    }
}
