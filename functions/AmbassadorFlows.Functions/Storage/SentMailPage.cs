using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>One page of the sent-mail log, newest first; <see cref="Next"/> reads on from it (null on the last page).</summary>
public sealed record SentMailPage(IReadOnlyList<OutboxMessage> Messages, string? Next);
