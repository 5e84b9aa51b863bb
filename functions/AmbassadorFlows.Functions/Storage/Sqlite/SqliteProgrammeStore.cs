using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="IProgrammeStore"/> on the app's SQLite file. Publishing is an insert that
/// never replaces: the primary key (programme, version) makes a second publish of a version a no-op.</summary>
public sealed class SqliteProgrammeStore : IProgrammeStore
{
    private readonly AppDatabase _database;

    public SqliteProgrammeStore(AppDatabase database)
    {
        _database = database;
    }

    public async Task<IReadOnlyList<PublishedProgramme>> ListVersionsAsync(string? programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            "SELECT definition_json, published_at, published_by FROM programme_versions WHERE $id IS NULL OR programme_id = $id ORDER BY programme_id, version",
            ("$id", ToDb(programmeId)));
        return await ReadVersionsAsync(query, cancellationToken);
    }

    public async Task<PublishedProgramme?> GetVersionAsync(string programmeId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            "SELECT definition_json, published_at, published_by FROM programme_versions WHERE programme_id = $id AND version = $version",
            ("$id", programmeId),
            ("$version", version));
        return (await ReadVersionsAsync(query, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> TryPublishAsync(PublishedProgramme published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            """
            INSERT INTO programme_versions (programme_id, version, definition_json, published_at, published_by)
            VALUES ($id, $version, $json, $at, $by)
            ON CONFLICT (programme_id, version) DO NOTHING
            """,
            ("$id", published.Programme.Id),
            ("$version", published.Programme.Version),
            ("$json", WorkflowJson.Serialize(published.Programme)),
            ("$at", ToDb(published.PublishedAt)),
            ("$by", published.PublishedBy));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<ProgrammeDraft?> GetDraftAsync(string programmeId, CancellationToken cancellationToken)
        => (await ReadDraftsAsync(programmeId, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<ProgrammeDraft>> ListDraftsAsync(CancellationToken cancellationToken) => ReadDraftsAsync(null, cancellationToken);

    public async Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var upsert = Command(
            connection,
            """
            INSERT INTO programme_drafts (programme_id, definition_json, saved_at, saved_by) VALUES ($id, $json, $at, $by)
            ON CONFLICT (programme_id) DO UPDATE SET definition_json = excluded.definition_json, saved_at = excluded.saved_at, saved_by = excluded.saved_by
            """,
            ("$id", draft.Programme.Id),
            ("$json", WorkflowJson.Serialize(draft.Programme)),
            ("$at", ToDb(draft.SavedAt)),
            ("$by", draft.SavedBy));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteDraftAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var delete = Command(connection, "DELETE FROM programme_drafts WHERE programme_id = $id", ("$id", programmeId));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ProgrammeDraft>> ReadDraftsAsync(string? programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            "SELECT definition_json, saved_at, saved_by FROM programme_drafts WHERE $id IS NULL OR programme_id = $id ORDER BY programme_id",
            ("$id", ToDb(programmeId)));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var drafts = new List<ProgrammeDraft>();
        while (await reader.ReadAsync(cancellationToken))
        {
            drafts.Add(new ProgrammeDraft(Definition(reader.GetString(0)), Time(reader, 1), reader.GetString(2)));
        }

        return drafts;
    }

    private static async Task<IReadOnlyList<PublishedProgramme>> ReadVersionsAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var versions = new List<PublishedProgramme>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new PublishedProgramme(Definition(reader.GetString(0)), Time(reader, 1), reader.GetString(2)));
        }

        return versions;
    }

    private static ProgrammeDefinition Definition(string json)
        => WorkflowJson.Deserialize<ProgrammeDefinition>(json) ?? throw new InvalidOperationException("A stored programme is empty.");
}
