using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>What a write sees: its transaction and a list of actions to run once it committed.</summary>
internal sealed class WriteContext(SqliteDatabase database, SqliteTransaction transaction)
{
    private List<Action>? _afterCommit;

    public SqliteTransaction Transaction { get; } = transaction;

    public SqliteCommand Command(string sql) => database.Command(sql, Transaction);

    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    internal void RunAfterCommit() => _afterCommit?.ForEach(a => a());
}
