using System.Globalization;
using System.Text;
using DurableTask.Core;
using DurableTask.Core.Query;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>Queries with paging, and purges of finished instances.</summary>
public sealed partial class SqliteOrchestrationService
{
    private const int DefaultPageSize = 100;

    /// <summary>Pages in instance-id order; the continuation token is the last id of the page (null on
    /// the last page). Entities (ids starting with '@') are left out when asked.</summary>
    public Task<OrchestrationQueryResult> GetOrchestrationWithQueryAsync(OrchestrationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = query.PageSize > 0 ? query.PageSize : DefaultPageSize;
        return _db.ReadAsync(() =>
        {
            var sql = new StringBuilder($"SELECT {InstanceColumns} FROM instances WHERE 1 = 1");
            var parameters = new List<(string, object?)>();
            if (query.RuntimeStatus is { Count: > 0 } statuses)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND status IN ({string.Join(", ", statuses.Select(s => (int)s))})");
            }

            if (query.CreatedTimeFrom is { } from)
            {
                sql.Append(" AND created_at >= @from");
                parameters.Add(("@from", ToTicks(from)));
            }

            if (query.CreatedTimeTo is { } to)
            {
                sql.Append(" AND created_at <= @to");
                parameters.Add(("@to", ToTicks(to)));
            }

            if (!string.IsNullOrEmpty(query.InstanceIdPrefix))
            {
                var prefix = query.InstanceIdPrefix;
                sql.Append(" AND instance_id >= @prefix AND substr(instance_id, 1, length(@prefix)) = @prefix");
                parameters.Add(("@prefix", prefix));
                if (prefix[^1] < char.MaxValue && !char.IsSurrogate(prefix[^1]))
                {
                    // An upper bound, so the index range ends where the prefix does.
                    sql.Append(" AND instance_id < @prefixEnd");
                    parameters.Add(("@prefixEnd", prefix[..^1] + (char)(prefix[^1] + 1)));
                }
            }

            if (query.ExcludeEntities)
            {
                sql.Append(" AND instance_id NOT LIKE '@%'");
            }

            if (!string.IsNullOrEmpty(query.ContinuationToken))
            {
                sql.Append(" AND instance_id > @after");
                parameters.Add(("@after", query.ContinuationToken));
            }

            sql.Append(" ORDER BY instance_id LIMIT @limit");
            parameters.Add(("@limit", pageSize + 1));

            var command = _db.Command(sql.ToString());
            foreach (var (name, value) in parameters)
            {
                Bind(command, name, value);
            }

            var states = new List<OrchestrationState>();
            var more = false;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    if (states.Count == pageSize)
                    {
                        more = true;
                        break;
                    }

                    states.Add(ReadState(reader, query.FetchInputsAndOutputs));
                }
            }

            return new OrchestrationQueryResult(states, more ? states[^1].OrchestrationInstance.InstanceId : null);
        }, cancellationToken);
    }

    /// <summary>Purges one finished instance; an unfinished or unknown one is left alone (0).</summary>
    public async Task<PurgeResult> PurgeInstanceStateAsync(string instanceId)
    {
        var count = await PurgeWhereAsync("instance_id = @id", command => Bind(command, "@id", instanceId)).ConfigureAwait(false);
        return new PurgeResult(count);
    }

    /// <summary>Purges finished instances created in the range with one of the statuses (default: any
    /// finished status); unfinished statuses in the filter are ignored.</summary>
    public async Task<PurgeResult> PurgeInstanceStateAsync(PurgeInstanceFilter purgeInstanceFilter)
    {
        ArgumentNullException.ThrowIfNull(purgeInstanceFilter);
        var condition = new StringBuilder("created_at >= @from");
        if (purgeInstanceFilter.CreatedTimeTo is not null)
        {
            condition.Append(" AND created_at <= @to");
        }

        var statuses = purgeInstanceFilter.RuntimeStatus?.Where(IsTerminal).ToList();
        if (statuses is not null && purgeInstanceFilter.RuntimeStatus!.Any())
        {
            condition.Append(CultureInfo.InvariantCulture, $" AND status IN ({(statuses.Count == 0 ? "-1" : string.Join(", ", statuses.Select(s => (int)s)))})");
        }

        var count = await PurgeWhereAsync(condition.ToString(), command =>
        {
            Bind(command, "@from", ToTicks(purgeInstanceFilter.CreatedTimeFrom));
            if (purgeInstanceFilter.CreatedTimeTo is { } to)
            {
                Bind(command, "@to", ToTicks(to));
            }
        }).ConfigureAwait(false);
        return new PurgeResult(count, isComplete: true);
    }

    /// <summary>Deletes finished instances matching <paramref name="condition"/> with everything they own.</summary>
    private Task<int> PurgeWhereAsync(string condition, Action<SqliteCommand> bind) => _db.WriteAsync(ctx =>
    {
        var select = ctx.Command($"SELECT instance_id FROM instances WHERE status IN ({TerminalStatuses}) AND {condition}");
        bind(select);
        var ids = new List<string>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        foreach (var id in ids)
        {
            var delete = ctx.Command("DELETE FROM history WHERE instance_id = @i; DELETE FROM inbox WHERE instance_id = @i; DELETE FROM activities WHERE instance_id = @i; DELETE FROM instances WHERE instance_id = @i;");
            Bind(delete, "@i", id);
            delete.ExecuteNonQuery();
        }

        ctx.AfterCommit(() =>
        {
            ids.ForEach(_histories.Remove);
            _changes.Set();
        });
        return ids.Count;
    });
}
