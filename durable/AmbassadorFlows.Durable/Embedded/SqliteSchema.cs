namespace AmbassadorFlows.Durable.Embedded;

/// <summary>The tables of the embedded backend. Times are UTC ticks (INTEGER) so ranges compare
/// cheaply; events are protobuf <c>HistoryEvent</c> bytes, the same as the Azure wire format.</summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS instances (
            instance_id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            version TEXT,
            execution_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            custom_status TEXT,
            input TEXT,
            output TEXT,
            failure BLOB,
            parent_instance_id TEXT,
            parent_execution_id TEXT,
            parent_task_id INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            completed_at INTEGER,
            lock_owner TEXT,
            locked_until INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_instances_created ON instances (created_at, instance_id);
        CREATE INDEX IF NOT EXISTS ix_instances_parent ON instances (parent_instance_id) WHERE parent_instance_id IS NOT NULL;

        -- The current execution's history; ContinueAsNew truncates it.
        CREATE TABLE IF NOT EXISTS history (
            instance_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            event BLOB NOT NULL,
            PRIMARY KEY (instance_id, seq)
        ) WITHOUT ROWID;

        -- Events not yet seen by the orchestrator. Timers are rows that become visible at fireAt;
        -- a scheduled start is an ExecutionStarted row visible at the start time. priority orders
        -- ExecutionStarted (0) and ContinueAsNew carry-over events (1) before everything else (2).
        CREATE TABLE IF NOT EXISTS inbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            execution_id TEXT,
            kind INTEGER NOT NULL,
            priority INTEGER NOT NULL,
            visible_at INTEGER NOT NULL,
            event BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_inbox_visible ON inbox (visible_at);
        CREATE INDEX IF NOT EXISTS ix_inbox_instance ON inbox (instance_id, priority, id);

        -- Activities to run. available_at moves forward by the lease when a worker claims one, so an
        -- item whose worker died becomes available again (at-least-once).
        CREATE TABLE IF NOT EXISTS activities (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            task_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            version TEXT,
            input TEXT,
            available_at INTEGER NOT NULL,
            lock_owner TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            UNIQUE (instance_id, execution_id, task_id)
        );
        CREATE INDEX IF NOT EXISTS ix_activities_available ON activities (available_at);
        """;
}
