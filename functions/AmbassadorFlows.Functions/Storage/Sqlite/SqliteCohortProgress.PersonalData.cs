using AmbassadorFlows.Functions.Privacy;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>The read model's part in erasure: the schedule (erase after, erased at) and the
/// check-ins, whose texts go while attendance and hours stay, under the employee id, for the
/// programme's figures.</summary>
public sealed partial class SqliteCohortProgress : IPersonalDataStore, IErasureSchedule
{
    public string Section => "progress";

    public async Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            """
            SELECT employee_id FROM progress GROUP BY employee_id
            HAVING sum(erased_at IS NULL) > 0 AND sum(step <> 'Ended' OR erase_after IS NULL OR erase_after > $now) = 0
            ORDER BY min(erase_after) LIMIT $limit
            """,
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
            "SELECT cohort_id, journey_instance_id, step, erase_after, erased_at FROM progress WHERE employee_id = $employee ORDER BY cohort_id",
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
        await using var query = Command(connection, "SELECT successes, challenges, asks FROM check_ins WHERE employee_id = $employee", ("$employee", subject.EmployeeId));
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
        await using var update = Command(
            connection,
            "UPDATE check_ins SET successes = NULL, challenges = NULL, asks = NULL WHERE employee_id = $employee AND (successes IS NOT NULL OR challenges IS NOT NULL OR asks IS NOT NULL)",
            ("$employee", subject.EmployeeId));
        return await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
