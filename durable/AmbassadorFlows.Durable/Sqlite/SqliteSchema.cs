namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// The tables. Times are UTC ticks (INTEGER) so ranges compare cheaply; messages and history events
/// are DTFx's own JSON (see <see cref="DurableJson"/>).
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        -- One row per instance: its current execution. Purge deletes the row with everything else.
        CREATE TABLE IF NOT EXISTS instances (
            instance_id TEXT NOT NULL PRIMARY KEY,
            execution_id TEXT NOT NULL,
            name TEXT NOT NULL,
            version TEXT,
            status INTEGER NOT NULL,
            custom_status TEXT,
            input TEXT,
            output TEXT,
            failure TEXT,
            parent TEXT,
            tags TEXT,
            scheduled_start INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            completed_at INTEGER,
            history_length INTEGER NOT NULL DEFAULT 0,
            lock_owner TEXT,
            locked_until INTEGER NOT NULL DEFAULT 0
        );

        -- Only leased rows: small, and it answers "is anything leased?" without scanning every instance.
        CREATE INDEX IF NOT EXISTS ix_instances_leased ON instances (locked_until) WHERE locked_until <> 0;

        -- The current execution's history, in order; a new execution replaces it. One row per turn
        -- (a JSON array of the events it added; seq = index of its first event): a turn is one insert,
        -- and rows this big belong in a rowid table.
        CREATE TABLE IF NOT EXISTS history (
            instance_id TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            events TEXT NOT NULL,
            PRIMARY KEY (instance_id, execution_id, seq)
        );

        -- Messages for orchestrations (TaskMessage JSON). Timers and scheduled starts become visible
        -- at their time. AUTOINCREMENT: ids are never reused, so a work item deletes exactly the
        -- messages it was given.
        CREATE TABLE IF NOT EXISTS inbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            visible_at INTEGER NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_inbox_visible ON inbox (visible_at);
        CREATE INDEX IF NOT EXISTS ix_inbox_instance ON inbox (instance_id, id);

        -- Activities to run (TaskMessage JSON with TaskScheduledEvent). A claim moves locked_until
        -- forward; an item whose worker died becomes claimable again when it passes (at-least-once).
        CREATE TABLE IF NOT EXISTS activities (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            message TEXT NOT NULL,
            lock_owner TEXT,
            locked_until INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_activities_available ON activities (locked_until, id);
        """;
}
