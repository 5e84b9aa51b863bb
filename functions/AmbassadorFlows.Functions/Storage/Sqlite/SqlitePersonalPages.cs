using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>
/// <see cref="IPersonalPageStore"/> in the app's SQLite file: <c>personal_links</c> (one row per person
/// whose link was rotated or who was erased) and <c>cohort_ideas</c> (indexed by cohort, for HR, and
/// by author, for erasure). Erasure deletes the person's ideas and leaves a tombstone on their link
/// version, so a link issued before can never open a page again.
/// </summary>
public sealed class SqlitePersonalPages : IPersonalPageStore, IPersonalDataStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS personal_links (
            employee_id TEXT PRIMARY KEY,
            version     INTEGER NOT NULL,
            erased_at   INTEGER
        );
        CREATE TABLE IF NOT EXISTS cohort_ideas (
            idea_id      TEXT PRIMARY KEY,
            cohort_id    TEXT NOT NULL,
            employee_id  TEXT NOT NULL,
            kind         TEXT NOT NULL,
            text         TEXT NOT NULL,
            submitted_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS cohort_ideas_by_cohort ON cohort_ideas (cohort_id, submitted_at);
        CREATE INDEX IF NOT EXISTS cohort_ideas_by_author ON cohort_ideas (employee_id);
        """;

    private readonly AppDatabase _database;

    public SqlitePersonalPages(AppDatabase database)
    {
        _database = database;
        using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        connection.Open();
        using var create = Command(connection, Schema);
        create.ExecuteNonQuery();
    }

    public string Section => "personalPage";

    public async Task<PersonalLinkState> GetLinkAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(employeeId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, "SELECT version, erased_at FROM personal_links WHERE employee_id = $id", ("$id", employeeId));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PersonalLinkState(reader.GetInt32(0), !reader.IsDBNull(1))
            : new PersonalLinkState(1, Erased: false);
    }

    public async Task<int> RotateLinkAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(employeeId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var upsert = Command(
            connection,
            """
            INSERT INTO personal_links (employee_id, version) VALUES ($id, 2)
            ON CONFLICT (employee_id) DO UPDATE SET version = version + 1
            RETURNING version
            """,
            ("$id", employeeId));
        return Convert.ToInt32(await upsert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task AddIdeaAsync(CohortIdea idea, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idea);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            "INSERT INTO cohort_ideas (idea_id, cohort_id, employee_id, kind, text, submitted_at) VALUES ($id, $cohort, $employee, $kind, $text, $at) ON CONFLICT (idea_id) DO NOTHING",
            ("$id", idea.IdeaId),
            ("$cohort", idea.CohortId),
            ("$employee", idea.EmployeeId),
            ("$kind", idea.Kind),
            ("$text", idea.Text),
            ("$at", ToDb(idea.SubmittedAt)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CohortIdea>> ListIdeasAsync(string cohortId, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            "SELECT cohort_id, idea_id, employee_id, kind, text, submitted_at FROM cohort_ideas WHERE cohort_id = $cohort ORDER BY submitted_at DESC, idea_id LIMIT $limit",
            ("$cohort", cohortId),
            ("$limit", limit));
        return await ReadIdeasAsync(query, cancellationToken);
    }

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var idea in await IdeasOfAsync(subject.EmployeeId, cancellationToken))
        {
            subject.Texts.Add(idea.Text);
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var link = await GetLinkAsync(subject.EmployeeId, cancellationToken);
        return new { linkVersion = link.Version, ideas = await IdeasOfAsync(subject.EmployeeId, cancellationToken) };
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var delete = Command(connection, "DELETE FROM cohort_ideas WHERE employee_id = $id", ("$id", subject.EmployeeId));
        delete.Transaction = transaction;
        var changed = await delete.ExecuteNonQueryAsync(cancellationToken);
        // The tombstone: the version moves on and stays marked, so no link issued before works again.
        await using var tombstone = Command(
            connection,
            """
            INSERT INTO personal_links (employee_id, version, erased_at) VALUES ($id, 2, $at)
            ON CONFLICT (employee_id) DO UPDATE SET version = version + 1, erased_at = $at WHERE erased_at IS NULL
            """,
            ("$id", subject.EmployeeId),
            ("$at", ToDb(erasedAt)));
        tombstone.Transaction = transaction;
        changed += await tombstone.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private async Task<IReadOnlyList<CohortIdea>> IdeasOfAsync(string employeeId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            "SELECT cohort_id, idea_id, employee_id, kind, text, submitted_at FROM cohort_ideas WHERE employee_id = $id ORDER BY submitted_at",
            ("$id", employeeId));
        return await ReadIdeasAsync(query, cancellationToken);
    }

    private static async Task<IReadOnlyList<CohortIdea>> ReadIdeasAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var ideas = new List<CohortIdea>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ideas.Add(new CohortIdea(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Time(reader, 5)));
        }

        return ideas;
    }
}
