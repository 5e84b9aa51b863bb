using System.Globalization;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// <see cref="IProgrammeStore"/> on Azure Tables: one partition per programme (encoded id) holding a
/// row per published version (RowKey "v|" + six-digit version, so they sort) and at most one "draft"
/// row. Publishing is an insert, which the table refuses for a version that exists: never a replace.
/// </summary>
public sealed class TableProgrammeStore : IProgrammeStore
{
    private const string DraftRow = "draft";
    private const string VersionPrefix = "v|";
    private readonly TableClient _table;
    private readonly Lazy<Task> _created;

    public TableProgrammeStore(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tablePrefix + "Programmes");
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
    }

    public async Task<IReadOnlyList<PublishedProgramme>> ListVersionsAsync(string? programmeId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {VersionPrefix} and RowKey lt {"v}"}");
        if (programmeId is not null)
        {
            filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(programmeId)}") + " and " + filter;
        }

        var versions = new List<PublishedProgramme>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            versions.Add(Published(row));
        }

        return [.. versions.OrderBy(v => v.Programme.Id, StringComparer.Ordinal).ThenBy(v => v.Programme.Version)];
    }

    public async Task<PublishedProgramme?> GetVersionAsync(string programmeId, int version, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(programmeId), VersionRow(version), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Published(row.Value!) : null;
    }

    public async Task<bool> TryPublishAsync(PublishedProgramme published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        await _created.Value.ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(TableKeys.Encode(published.Programme.Id), VersionRow(published.Programme.Version))
                {
                    ["Definition"] = WorkflowJson.Serialize(published.Programme),
                    ["At"] = published.PublishedAt,
                    ["By"] = published.PublishedBy,
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<ProgrammeDraft?> GetDraftAsync(string programmeId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(programmeId), DraftRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Draft(row.Value!) : null;
    }

    public async Task<IReadOnlyList<ProgrammeDraft>> ListDraftsAsync(CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var drafts = new List<ProgrammeDraft>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {DraftRow}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            drafts.Add(Draft(row));
        }

        return [.. drafts.OrderBy(d => d.Programme.Id, StringComparer.Ordinal)];
    }

    public async Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await _created.Value.ConfigureAwait(false);
        await _table.UpsertEntityAsync(
            new TableEntity(TableKeys.Encode(draft.Programme.Id), DraftRow)
            {
                ["Definition"] = WorkflowJson.Serialize(draft.Programme),
                ["At"] = draft.SavedAt,
                ["By"] = draft.SavedBy,
            },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteDraftAsync(string programmeId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await _table.DeleteEntityAsync(TableKeys.Encode(programmeId), DraftRow, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    private static string VersionRow(int version) => string.Create(CultureInfo.InvariantCulture, $"{VersionPrefix}{version:D6}");

    private static ProgrammeDefinition Definition(TableEntity row)
        => WorkflowJson.Deserialize<ProgrammeDefinition>(row.GetString("Definition")) ?? throw new InvalidOperationException($"Programme row {row.PartitionKey}/{row.RowKey} is empty.");

    private static PublishedProgramme Published(TableEntity row) => new(Definition(row), row.GetDateTimeOffset("At") ?? default, row.GetString("By") ?? string.Empty);

    private static ProgrammeDraft Draft(TableEntity row) => new(Definition(row), row.GetDateTimeOffset("At") ?? default, row.GetString("By") ?? string.Empty);
}
