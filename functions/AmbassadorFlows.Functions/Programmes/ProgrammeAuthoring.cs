using System.Text.Json;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>
/// HR's authoring: a draft is saved only when valid (every bad field named at once), carries the
/// version publishing will give it, and publishing makes it an immutable version; cohorts already
/// running keep the version they loaded. Shared by the HR API and the dashboard's pages.
/// </summary>
public sealed partial class ProgrammeAuthoring
{
    /// <summary>A programme is a few KB; the tables hold up to 32K characters per property.</summary>
    public const int MaxJsonLength = 30_000;

    /// <summary>The audit trail's instance for programme changes.</summary>
    public const string AuditInstance = "programmes";

    private readonly IProgrammeStore _store;
    private readonly IProgrammeCatalog _catalog;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;

    public ProgrammeAuthoring(IProgrammeStore store, IProgrammeCatalog catalog, AuditTrail audit, TimeProvider time)
    {
        _store = store;
        _catalog = catalog;
        _audit = audit;
        _time = time;
    }

    /// <summary>Validates <paramref name="json"/> as programme <paramref name="programmeId"/> and saves
    /// it as the draft; the errors by field when it is not valid (nothing saved then).</summary>
    /// <param name="missingTranslationsAllowed">The editor's form: a text not yet written in one of the
    /// programme's languages is a warning there, so the draft is saved; publishing still needs it.</param>
    public async Task<(ProgrammeDraft? Draft, IReadOnlyDictionary<string, string[]> Errors)> SaveDraftAsync(string programmeId, string json, string actor, CancellationToken cancellationToken, bool missingTranslationsAllowed = false)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var programme = Read(programmeId, json, errors);
        if (programme is not null)
        {
            // The version is not the author's to choose: it is the next one, so versions never collide or skip.
            programme = programme with { Version = await NextVersionAsync(programmeId, cancellationToken) };
            foreach (var error in ProgrammeValidator.Validate(programme).Where(e => !missingTranslationsAllowed || !MissingTranslation().IsMatch(e)))
            {
                Add(errors, FieldOf(error), error);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var draft = new ProgrammeDraft(programme!, _time.GetUtcNow(), actor);
        await _store.SaveDraftAsync(draft, cancellationToken);
        return (draft, new Dictionary<string, string[]>());
    }

    /// <summary>Publishes the draft as the next version and removes the draft.</summary>
    /// <exception cref="KeyNotFoundException">No draft to publish.</exception>
    /// <exception cref="InvalidOperationException">The version was published meanwhile (another publish won).</exception>
    /// <exception cref="ProgrammeIncompleteException">A text is not written in every language of the programme yet.</exception>
    public async Task<PublishedProgramme> PublishAsync(string programmeId, string actor, CancellationToken cancellationToken)
    {
        var draft = await _store.GetDraftAsync(programmeId, cancellationToken) ?? throw new KeyNotFoundException($"Programme '{programmeId}' has no draft to publish.");
        var programme = draft.Programme with { Version = await NextVersionAsync(programmeId, cancellationToken) };
        if (MissingTranslations(programme) is { Count: > 0 } missing)
        {
            throw new ProgrammeIncompleteException(programmeId, missing);
        }

        var published = new PublishedProgramme(programme, _time.GetUtcNow(), actor);
        if (!await _store.TryPublishAsync(published, cancellationToken))
        {
            throw new InvalidOperationException($"Version {programme.Version} of '{programmeId}' was published meanwhile; reload and publish again.");
        }

        await _store.DeleteDraftAsync(programmeId, cancellationToken);
        await _audit.RecordAsync(actor, AuditInstance, AuditActions.PublishedProgramme, $"{programme.AgreementVersion}", cancellationToken);
        return published;
    }

    /// <summary>The texts (by field) not yet written in every language of the programme: a draft the form
    /// saved may have them; a published version may not (each reader gets the whole message in one language).</summary>
    public static IReadOnlyList<string> MissingTranslations(ProgrammeDefinition programme)
        => [.. ProgrammeValidator.Validate(programme).Select(e => MissingTranslation().Match(e)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    private async Task<int> NextVersionAsync(string programmeId, CancellationToken cancellationToken)
        => ((await _catalog.FindAsync(programmeId, null, cancellationToken))?.Version ?? 0) + 1;

    private static ProgrammeDefinition? Read(string programmeId, string json, Dictionary<string, List<string>> errors)
    {
        if (json.Length > MaxJsonLength)
        {
            Add(errors, "body", $"a programme is at most {MaxJsonLength} characters of JSON (got {json.Length})");
            return null;
        }

        ProgrammeDefinition? programme;
        try
        {
            programme = JsonSerializer.Deserialize<ProgrammeDefinition>(json, WorkflowJson.Options);
        }
        catch (JsonException ex) when (MissingMembers().Match(ex.Message) is { Success: true } missing)
        {
            foreach (Match name in QuotedName().Matches(missing.Groups[1].Value))
            {
                Add(errors, name.Groups[1].Value, $"{name.Groups[1].Value} is required");
            }

            return null;
        }
        catch (JsonException ex)
        {
            Add(errors, ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", $"not valid programme JSON: {ex.Message}");
            return null;
        }

        if (programme is null)
        {
            Add(errors, "body", "the body is empty");
            return null;
        }

        if (!string.Equals(programme.Id, programmeId, StringComparison.Ordinal))
        {
            Add(errors, "id", $"id must be '{programmeId}', the programme this draft is for (got '{programme.Id}')");
        }

        return programme;
    }

    /// <summary>The validator's messages start with the field's path ("meetings.startTime must …", "languages: …").</summary>
    private static string FieldOf(string error) => FieldPrefix().Match(error) is { Success: true } m ? m.Groups[1].Value : "body";

    private static void Add(Dictionary<string, List<string>> errors, string field, string error)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            list = [];
            errors[field] = list;
        }

        list.Add(error);
    }

    [GeneratedRegex(@"^(\S+) has no '[a-z]{2}' text$")]
    private static partial Regex MissingTranslation();

    [GeneratedRegex(@"missing required properties including: (.+)$")]
    private static partial Regex MissingMembers();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9\[\]\.]*)[ :]")]
    private static partial Regex FieldPrefix();
}
