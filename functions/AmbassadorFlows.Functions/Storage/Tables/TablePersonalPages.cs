using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// <see cref="IPersonalPageStore"/> on Azure Tables. Link versions: PartitionKey "link", RowKey the
/// encoded employee id; a rotation is a read and an ETag-conditioned write, retried when another
/// rotation came first. Ideas: PartitionKey the encoded cohort id (HR reads one partition), RowKey
/// the idea id; erasure finds a person's ideas with a filter on the author.
/// </summary>
public sealed class TablePersonalPages : IPersonalPageStore, IPersonalDataStore
{
    private const string LinkPartition = "link";
    private readonly TableClient _links;
    private readonly TableClient _ideas;
    private readonly Lazy<Task> _created;

    public TablePersonalPages(TableServiceClient service, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        _links = service.GetTableClient(tablePrefix + "PersonalLinks");
        _ideas = service.GetTableClient(tablePrefix + "CohortIdeas");
        _created = new Lazy<Task>(async () =>
        {
            await _links.CreateIfNotExistsAsync().ConfigureAwait(false);
            await _ideas.CreateIfNotExistsAsync().ConfigureAwait(false);
        });
    }

    public string Section => "personalPage";

    public async Task<PersonalLinkState> GetLinkAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(employeeId);
        var entity = await ReadLinkAsync(employeeId, cancellationToken).ConfigureAwait(false);
        return entity is null ? new PersonalLinkState(1, Erased: false) : new PersonalLinkState(entity.GetInt32("Version") ?? 1, entity.GetDateTimeOffset("ErasedAt") is not null);
    }

    public Task<int> RotateLinkAsync(string employeeId, CancellationToken cancellationToken = default)
        => MoveOnAsync(employeeId, erasedAt: null, cancellationToken);

    public async Task AddIdeaAsync(CohortIdea idea, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idea);
        await _created.Value.ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Encode(idea.CohortId), TableKeys.Encode(idea.IdeaId))
        {
            ["CohortId"] = idea.CohortId,
            ["IdeaId"] = idea.IdeaId,
            ["EmployeeId"] = idea.EmployeeId,
            ["Kind"] = idea.Kind,
            ["Text"] = idea.Text,
            ["SubmittedAt"] = idea.SubmittedAt,
        };
        try
        {
            await _ideas.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Kept once: a repeated confirmation is the same idea.
        }
    }

    public async Task<IReadOnlyList<CohortIdea>> ListIdeasAsync(string cohortId, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        var ideas = await QueryIdeasAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(cohortId)}"), cancellationToken).ConfigureAwait(false);
        return [.. ideas.OrderByDescending(i => i.SubmittedAt).ThenBy(i => i.IdeaId, StringComparer.Ordinal).Take(limit)];
    }

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var idea in await QueryIdeasAsync(TableClient.CreateQueryFilter($"EmployeeId eq {subject.EmployeeId}"), cancellationToken).ConfigureAwait(false))
        {
            subject.Texts.Add(idea.Text);
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var link = await GetLinkAsync(subject.EmployeeId, cancellationToken).ConfigureAwait(false);
        return new { linkVersion = link.Version, ideas = await QueryIdeasAsync(TableClient.CreateQueryFilter($"EmployeeId eq {subject.EmployeeId}"), cancellationToken).ConfigureAwait(false) };
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var changed = 0;
        foreach (var idea in await QueryIdeasAsync(TableClient.CreateQueryFilter($"EmployeeId eq {subject.EmployeeId}"), cancellationToken).ConfigureAwait(false))
        {
            await _ideas.DeleteEntityAsync(TableKeys.Encode(idea.CohortId), TableKeys.Encode(idea.IdeaId), ETag.All, cancellationToken).ConfigureAwait(false);
            changed++;
        }

        if (!(await GetLinkAsync(subject.EmployeeId, cancellationToken).ConfigureAwait(false)).Erased)
        {
            await MoveOnAsync(subject.EmployeeId, erasedAt, cancellationToken).ConfigureAwait(false);
            changed++;
        }

        return changed;
    }

    private async Task<int> MoveOnAsync(string employeeId, DateTimeOffset? erasedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(employeeId);
        while (true)
        {
            var entity = await ReadLinkAsync(employeeId, cancellationToken).ConfigureAwait(false);
            var version = (entity?.GetInt32("Version") ?? 1) + 1;
            var next = new TableEntity(LinkPartition, TableKeys.Encode(employeeId)) { ["Version"] = version };
            if ((erasedAt ?? entity?.GetDateTimeOffset("ErasedAt")) is { } erased)
            {
                next["ErasedAt"] = erased;
            }

            try
            {
                if (entity is null)
                {
                    await _links.AddEntityAsync(next, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _links.UpdateEntityAsync(next, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return version;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another rotation came first: read again and move on from its version.
            }
        }
    }

    private async Task<TableEntity?> ReadLinkAsync(string employeeId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var response = await _links.GetEntityIfExistsAsync<TableEntity>(LinkPartition, TableKeys.Encode(employeeId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private async Task<List<CohortIdea>> QueryIdeasAsync(string filter, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var ideas = new List<CohortIdea>();
        await foreach (var e in _ideas.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            ideas.Add(new CohortIdea(e.GetString("CohortId"), e.GetString("IdeaId"), e.GetString("EmployeeId"), e.GetString("Kind"), e.GetString("Text"), e.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue));
        }

        return ideas;
    }
}
