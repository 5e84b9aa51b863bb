namespace AmbassadorFlows.Functions.Privacy;

/// <summary>After an erasure, makes deleted bytes unreadable in the files themselves. Locally the
/// SQLite files (deleted rows are zeroed by secure_delete; this empties the WAL, whose older frames
/// would still hold them). Azure Tables and the task hub need nothing: deleted entities are gone.</summary>
public interface IStorageCompaction
{
    /// <returns>False when the files were too busy to finish; the next erasure tries again.</returns>
    Task<bool> CompactAsync(CancellationToken cancellationToken);
}
