using System.Text.Json;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="ICohortFigureParts"/> on the app's SQLite file (<see cref="AppSchema.FigurePartsSchema"/>):
/// triggers on the figures' inputs mark the ambassadors whose rows changed; a read takes each marked
/// one's old part out of the kept sums and puts the new one in, in one write transaction, so the sums
/// always equal the parts kept. When the months move on, the basis changes or nothing is kept yet, it
/// computes every part once.</summary>
public sealed class SqliteCohortFigures(AppDatabase database) : ICohortFigureParts
{
    internal const string StateSql = "SELECT basis, totals_json FROM figure_state WHERE cohort_id = $cohort";
    internal const string DirtySql = "SELECT employee_id FROM figure_dirty WHERE cohort_id = $cohort";
    internal const string PartSql = "SELECT part_json FROM figure_parts WHERE cohort_id = $cohort AND employee_id = $employee";
    internal const string ProgressOfEmployeeSql = $"SELECT {SqliteCohortProgress.ProgressColumns} FROM progress WHERE cohort_id = $cohort AND employee_id = $employee";
    internal const string CheckInsOfEmployeeSql = $"SELECT {SqliteCohortProgress.CheckInColumns} FROM check_ins WHERE cohort_id = $cohort AND employee_id = $employee ORDER BY month";
    internal const string RequestsOfJourneySql = $"SELECT {SqliteApprovalStore.CheckInRequestColumns} FROM check_in_requests WHERE cohort_id = $cohort AND approval_id >= $from AND approval_id < $to";

    public async Task<FigureTotals> ReadTotalsAsync(string cohortId, FigureBasis basis, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        ArgumentNullException.ThrowIfNull(basis);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await UpdateAsync(connection, cohortId, basis, cancellationToken)
            ?? await RebuildAsync(connection, cohortId, basis, cancellationToken);
    }

    /// <summary>The kept sums brought up to date with the marked ambassadors; null when a full computation is needed.</summary>
    private static async Task<FigureTotals?> UpdateAsync(SqliteConnection connection, string cohortId, FigureBasis basis, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        FigureTotals? totals = null;
        await using (var state = Command(connection, StateSql, ("$cohort", cohortId)))
        {
            state.Transaction = transaction;
            await using var reader = await state.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && reader.GetString(0) == basis.Key && !reader.IsDBNull(1))
            {
                totals = JsonSerializer.Deserialize<FigureTotals>(reader.GetString(1), WorkflowJson.Options);
            }
        }

        if (totals is null)
        {
            return null;
        }

        var dirty = new List<string>();
        await using (var marks = Command(connection, DirtySql, ("$cohort", cohortId)))
        {
            marks.Transaction = transaction;
            await using var reader = await marks.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dirty.Add(reader.GetString(0));
            }
        }

        var stopwords = Stopwords.For(basis.Languages);
        foreach (var employeeId in dirty)
        {
            var ambassador = await AmbassadorAsync(connection, transaction, cohortId, employeeId, cancellationToken);
            if (ambassador is not null && ambassador.JourneyInstanceId != JourneyIds.For(cohortId, employeeId))
            {
                return null;
            }

            var requests = await RequestsAsync(connection, transaction, cohortId, JourneyIds.For(cohortId, employeeId), cancellationToken);
            var old = await PartAsync(connection, transaction, cohortId, employeeId, cancellationToken);
            if (!FigureParts.KeepsMonths(old, ambassador, requests, totals.Months))
            {
                return null;
            }

            var part = FigureParts.Of(employeeId, ambassador, requests, totals.Months, basis, stopwords);
            totals.Apply(old, -1);
            totals.Apply(part, 1);
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO figure_parts (cohort_id, employee_id, part_json) VALUES ($cohort, $employee, $json) ON CONFLICT (cohort_id, employee_id) DO UPDATE SET part_json = excluded.part_json",
                cancellationToken,
                ("$cohort", cohortId),
                ("$employee", employeeId),
                ("$json", JsonSerializer.Serialize(part, WorkflowJson.Options)));
        }

        if (dirty.Count > 0)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM figure_dirty WHERE cohort_id = $cohort", cancellationToken, ("$cohort", cohortId));
            await ExecuteAsync(connection, transaction, "UPDATE figure_state SET totals_json = $json WHERE cohort_id = $cohort", cancellationToken, ("$cohort", cohortId), ("$json", JsonSerializer.Serialize(totals, WorkflowJson.Options)));
        }

        await transaction.CommitAsync(cancellationToken);
        return totals;
    }

    /// <summary>Every part computed again. The claim comes first and clears the marks: a write after
    /// it marks its ambassador again (the state row exists), so the next read redoes what this one may
    /// have read too early; a later claim by another reader makes this one's result go unkept.</summary>
    private static async Task<FigureTotals> RebuildAsync(SqliteConnection connection, string cohortId, FigureBasis basis, CancellationToken cancellationToken)
    {
        long claim;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await using (var claiming = Command(
                connection,
                """
                INSERT INTO figure_state (cohort_id, claim, basis, totals_json) VALUES ($cohort, 1, $basis, NULL)
                ON CONFLICT (cohort_id) DO UPDATE SET claim = claim + 1, basis = excluded.basis, totals_json = NULL
                RETURNING claim
                """,
                ("$cohort", cohortId),
                ("$basis", basis.Key)))
            {
                claiming.Transaction = transaction;
                claim = (long)(await claiming.ExecuteScalarAsync(cancellationToken))!;
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM figure_dirty WHERE cohort_id = $cohort", cancellationToken, ("$cohort", cohortId));
            await transaction.CommitAsync(cancellationToken);
        }

        var input = await InputAsync(connection, cohortId, cancellationToken);
        var (totals, parts) = FigureParts.Build(input, basis);
        if (parts is not null)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var kept = await ExecuteAsync(
                connection,
                transaction,
                "UPDATE figure_state SET totals_json = $json WHERE cohort_id = $cohort AND claim = $claim",
                cancellationToken,
                ("$cohort", cohortId),
                ("$claim", claim),
                ("$json", JsonSerializer.Serialize(totals, WorkflowJson.Options)));
            if (kept == 1)
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM figure_parts WHERE cohort_id = $cohort", cancellationToken, ("$cohort", cohortId));
                await using var insert = Command(connection, "INSERT INTO figure_parts (cohort_id, employee_id, part_json) VALUES ($cohort, $employee, $json)", ("$cohort", cohortId), ("$employee", string.Empty), ("$json", string.Empty));
                insert.Transaction = transaction;
                insert.Prepare(); // one statement for every row
                foreach (var part in parts)
                {
                    insert.Parameters["$employee"].Value = part.EmployeeId;
                    insert.Parameters["$json"].Value = JsonSerializer.Serialize(part, WorkflowJson.Options);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return totals;
    }

    private static async Task<CohortFiguresInput> InputAsync(SqliteConnection connection, string cohortId, CancellationToken cancellationToken)
    {
        IReadOnlyList<AmbassadorProgress> ambassadors;
        await using (var checkIns = Command(connection, SqliteCohortProgress.CheckInsOfCohortSql, ("$cohort", cohortId)))
        await using (var progress = Command(connection, SqliteCohortProgress.ProgressOfCohortSql, ("$cohort", cohortId)))
        {
            ambassadors = await SqliteCohortProgress.ReadProgressAsync(cohortId, checkIns, progress, cancellationToken);
        }

        await using var query = Command(connection, SqliteApprovalStore.CheckInRequestsOfCohortSql, ("$cohort", cohortId));
        return new CohortFiguresInput(cohortId, ambassadors, await SqliteApprovalStore.ReadCheckInRequestsAsync(query, cancellationToken));
    }

    private static async Task<AmbassadorProgress?> AmbassadorAsync(SqliteConnection connection, SqliteTransaction transaction, string cohortId, string employeeId, CancellationToken cancellationToken)
    {
        await using var checkIns = Command(connection, CheckInsOfEmployeeSql, ("$cohort", cohortId), ("$employee", employeeId));
        await using var progress = Command(connection, ProgressOfEmployeeSql, ("$cohort", cohortId), ("$employee", employeeId));
        checkIns.Transaction = transaction;
        progress.Transaction = transaction;
        return (await SqliteCohortProgress.ReadProgressAsync(cohortId, checkIns, progress, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<CheckInRequest>> RequestsAsync(SqliteConnection connection, SqliteTransaction transaction, string cohortId, string journeyId, CancellationToken cancellationToken)
    {
        // The journey's requests are one range of the primary key: its check-in ids share this prefix.
        await using var query = Command(connection, RequestsOfJourneySql, ("$cohort", cohortId), ("$from", journeyId + ":check-in:"), ("$to", journeyId + ":check-in;"));
        query.Transaction = transaction;
        return await SqliteApprovalStore.ReadCheckInRequestsAsync(query, cancellationToken);
    }

    private static async Task<FigurePart?> PartAsync(SqliteConnection connection, SqliteTransaction transaction, string cohortId, string employeeId, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, PartSql, ("$cohort", cohortId), ("$employee", employeeId));
        query.Transaction = transaction;
        return await query.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<FigurePart>(json, WorkflowJson.Options) : null;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
