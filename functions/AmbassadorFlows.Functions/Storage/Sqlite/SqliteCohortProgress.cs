using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="ICohortProgress"/> on the app's SQLite file; every write is an upsert by key,
/// so a redelivered activity changes nothing twice.</summary>
public sealed partial class SqliteCohortProgress : ICohortProgress
{
    /// <summary>The columns <see cref="ReadProgressAsync"/> reads, in its order: every query of progress rows and check-ins selects these.</summary>
    internal const string ProgressColumns = "employee_id, journey_instance_id, step, since, term, outcome, agreement_version, training_json, erase_after";
    internal const string CheckInColumns = "employee_id, month, attended, hours, successes, challenges, asks, submitted_at, hours_invalid, no_time";
    internal const string CheckInsOfCohortSql = $"SELECT {CheckInColumns} FROM check_ins WHERE cohort_id = $cohort ORDER BY month";
    internal const string ProgressOfCohortSql = $"SELECT {ProgressColumns} FROM progress WHERE cohort_id = $cohort ORDER BY employee_id";

    private readonly AppDatabase _database;

    public SqliteCohortProgress(AppDatabase database)
    {
        _database = database;
    }

    public async Task RecordStepAsync(AmbassadorStepChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var upsert = Command(
            connection,
            """
            INSERT INTO progress (cohort_id, employee_id, journey_instance_id, step, since, term, outcome, agreement_version)
            VALUES ($cohort, $employee, $journey, $step, $since, $term, $outcome, $agreement)
            ON CONFLICT (cohort_id, employee_id) DO UPDATE SET
                journey_instance_id = excluded.journey_instance_id,
                step = excluded.step,
                since = excluded.since,
                term = excluded.term,
                outcome = excluded.outcome,
                agreement_version = coalesce(excluded.agreement_version, progress.agreement_version)
            """,
            ("$cohort", change.CohortId),
            ("$employee", change.EmployeeId),
            ("$journey", change.JourneyInstanceId),
            ("$step", change.Step.ToString()),
            ("$since", ToDb(change.At)),
            ("$term", change.Term),
            ("$outcome", ToDb(change.Outcome)),
            ("$agreement", ToDb(change.AgreementVersion)));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordCheckInAsync(string cohortId, string employeeId, CheckInRecord checkIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var upsert = Command(
            connection,
            """
            INSERT INTO check_ins (cohort_id, employee_id, month, attended, hours, successes, challenges, asks, submitted_at, hours_invalid, no_time)
            VALUES ($cohort, $employee, $month, $attended, $hours, $successes, $challenges, $asks, $at, $invalid, $noTime)
            ON CONFLICT (cohort_id, employee_id, month) DO UPDATE SET
                attended = excluded.attended, hours = excluded.hours, successes = excluded.successes,
                challenges = excluded.challenges, asks = excluded.asks, submitted_at = excluded.submitted_at,
                hours_invalid = excluded.hours_invalid, no_time = excluded.no_time
            """,
            ("$cohort", cohortId),
            ("$employee", employeeId),
            ("$month", checkIn.Month),
            ("$attended", checkIn.AttendedMeeting ? 1 : 0),
            ("$hours", checkIn.HoursSpent),
            ("$successes", ToDb(checkIn.Successes)),
            ("$challenges", ToDb(checkIn.Challenges)),
            ("$asks", ToDb(checkIn.Asks)),
            ("$at", ToDb(checkIn.SubmittedAt)),
            ("$invalid", checkIn.HoursInvalid ? 1 : 0),
            ("$noTime", checkIn.NoTime ? 1 : 0));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordTrainingAsync(string cohortId, string employeeId, TrainingRecord training, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = Command(
            connection,
            "UPDATE progress SET training_json = $training WHERE cohort_id = $cohort AND employee_id = $employee",
            ("$cohort", cohortId),
            ("$employee", employeeId),
            ("$training", JsonSerializer.Serialize(training, WorkflowJson.Options)));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AmbassadorProgress>> GetCohortAsync(string cohortId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var checkIns = Command(connection, CheckInsOfCohortSql, ("$cohort", cohortId));
        await using var progress = Command(connection, ProgressOfCohortSql, ("$cohort", cohortId));
        return await ReadProgressAsync(cohortId, checkIns, progress, cancellationToken);
    }

    /// <summary>Ambassadors from <paramref name="progress"/> with their check-ins from <paramref name="checkIns"/> (rows in employee order).</summary>
    internal static async Task<IReadOnlyList<AmbassadorProgress>> ReadProgressAsync(string cohortId, SqliteCommand checkIns, SqliteCommand progress, CancellationToken cancellationToken)
    {
        var byEmployee = new Dictionary<string, List<CheckInRecord>>(StringComparer.Ordinal);
        await using (var reader = await checkIns.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var employee = reader.GetString(0);
                if (!byEmployee.TryGetValue(employee, out var list))
                {
                    list = [];
                    byEmployee[employee] = list;
                }

                list.Add(new CheckInRecord(reader.GetInt32(1), reader.GetInt64(2) != 0, reader.GetDouble(3), NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6), Time(reader, 7)) { HoursInvalid = reader.GetInt64(8) != 0, NoTime = reader.GetInt64(9) != 0 });
            }
        }

        var result = new List<AmbassadorProgress>();
        await using (var reader = await progress.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var employee = reader.GetString(0);
                var trainingJson = NullableString(reader, 7);
                result.Add(new AmbassadorProgress(
                    cohortId,
                    employee,
                    reader.GetString(1),
                    Enum.Parse<AmbassadorStep>(reader.GetString(2)),
                    Time(reader, 3),
                    reader.GetInt32(4),
                    NullableString(reader, 5),
                    NullableString(reader, 6),
                    trainingJson is null ? null : JsonSerializer.Deserialize<TrainingRecord>(trainingJson, WorkflowJson.Options),
                    byEmployee.TryGetValue(employee, out var list) ? list : [],
                    NullableTime(reader, 8)));
            }
        }

        return result;
    }

    public async Task ScheduleErasureAsync(string cohortId, string employeeId, DateTimeOffset eraseAfter, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = Command(
            connection,
            "UPDATE progress SET erase_after = $at WHERE cohort_id = $cohort AND employee_id = $employee",
            ("$cohort", cohortId),
            ("$employee", employeeId),
            ("$at", ToDb(eraseAfter)));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
