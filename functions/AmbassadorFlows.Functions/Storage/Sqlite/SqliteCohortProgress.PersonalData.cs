using AmbassadorFlows.Functions.Privacy;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>The read model's part in erasure: the schedule (erase after, erased at) and the
/// check-ins, whose texts go while attendance and hours stay, under the employee id, for the
/// programme's figures.</summary>
public sealed partial class SqliteCohortProgress : IPersonalDataStore, IErasureSchedule
{
    /// <summary>Who is due: an ended, unerased journey past its date (the partial index
    /// <c>progress_erasure_due</c> holds only those), and no journey of theirs that runs or is not due yet
    /// (by person, <c>progress_by_employee</c>). Reads what is due, not every journey ever.</summary>
    internal const string DueSql = """
        SELECT p.employee_id FROM progress p INDEXED BY progress_erasure_due
        WHERE p.erased_at IS NULL AND p.step = 'Ended' AND p.erase_after <= $now
          AND NOT EXISTS (SELECT 1 FROM progress o WHERE o.employee_id = p.employee_id AND (o.step <> 'Ended' OR o.erase_after IS NULL OR o.erase_after > $now))
        GROUP BY p.employee_id ORDER BY min(p.erase_after) LIMIT $limit
        """;

    internal const string JourneysOfSql = "SELECT cohort_id, journey_instance_id, step, erase_after, erased_at FROM progress WHERE employee_id = $employee ORDER BY cohort_id";
    internal const string CheckInTextsOfSql = "SELECT successes, challenges, asks FROM check_ins WHERE employee_id = $employee";
    internal const string DropFiguresOfSql = "UPDATE figure_state SET claim = claim + 1, totals_json = NULL WHERE cohort_id IN (SELECT cohort_id FROM figure_parts WHERE employee_id = $employee)";
    internal const string ForgetFigurePartsSql = "DELETE FROM figure_parts WHERE employee_id = $employee";

    public string Section => "progress";

    public async Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            DueSql,
            ("$now", ToDb(now)),
            ("$limit", limit));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var due = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(reader.GetString(0));
        }

        return due;
    }

    public async Task<IReadOnlyList<JourneyRecord>> ListJourneysAsync(string employeeId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            JourneysOfSql,
            ("$employee", employeeId));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var journeys = new List<JourneyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            journeys.Add(new JourneyRecord(reader.GetString(0), employeeId, reader.GetString(1), reader.GetString(2), NullableTime(reader, 3), NullableTime(reader, 4)));
        }

        return journeys;
    }

    public async Task MarkErasedAsync(string employeeId, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = Command(connection, "UPDATE progress SET erased_at = $at WHERE employee_id = $employee", ("$employee", employeeId), ("$at", ToDb(erasedAt)));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, CheckInTextsOfSql, ("$employee", subject.EmployeeId));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < 3; i++)
            {
                subject.AddText(NullableString(reader, i));
            }
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return await PersonalProgress.ReadAsync(this, subject.EmployeeId, cancellationToken);
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var update = Command(
            connection,
            "UPDATE check_ins SET successes = NULL, challenges = NULL, asks = NULL WHERE employee_id = $employee AND (successes IS NOT NULL OR challenges IS NOT NULL OR asks IS NOT NULL)",
            ("$employee", subject.EmployeeId));
        update.Transaction = transaction;
        var erased = await update.ExecuteNonQueryAsync(cancellationToken);

        // The kept figures hold the terms of the person's answers: their parts go, and the sums of their
        // cohorts are dropped (a new claim, so a computation under way keeps nothing), to be computed again.
        foreach (var sql in new[] { DropFiguresOfSql, ForgetFigurePartsSql })
        {
            await using var figures = Command(connection, sql, ("$employee", subject.EmployeeId));
            figures.Transaction = transaction;
            await figures.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return erased;
    }
}
