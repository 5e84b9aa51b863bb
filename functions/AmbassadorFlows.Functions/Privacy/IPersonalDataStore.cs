namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// A store that keeps personal data (approvals and audit, the read model, sent mail), in both modes
/// (SQLite locally, Azure Tables in Azure). <see cref="PersonalDataEraser"/> asks every registered
/// one, so a store added later is part of every erasure and export by registering it. Every method
/// is idempotent: an interrupted erasure is simply run again.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>The section name in an export (<c>approvals</c>, <c>progress</c>, <c>emails</c>).</summary>
    string Section { get; }

    /// <summary>Adds what this store knows that identifies the person (addresses, names, texts, journeys).</summary>
    Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken);

    /// <summary>Everything this store holds about the person, as it holds it.</summary>
    Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken);

    /// <summary>Removes or redacts the person's data; returns how many records changed.</summary>
    Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken);
}
