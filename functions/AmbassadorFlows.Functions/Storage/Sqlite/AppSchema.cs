namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Tables of the app database. Times are Unix milliseconds (UTC), so they sort and compare
/// as integers.</summary>
internal static class AppSchema
{
    public const string Script = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS approvals (
            approval_id    TEXT PRIMARY KEY,
            instance_id    TEXT NOT NULL,
            event_name     TEXT NOT NULL,
            kind           TEXT NOT NULL,
            assignee_id    TEXT NOT NULL,
            assignee_email TEXT NOT NULL,
            options        TEXT NOT NULL,
            created_at     INTEGER NOT NULL,
            expires_at     INTEGER NOT NULL,
            details_json   TEXT,
            decision       TEXT,
            decided_by     TEXT,
            decided_at     INTEGER,
            comment        TEXT,
            data_json      TEXT,
            closed_reason  TEXT,
            closed_at      INTEGER,
            delivered_at   INTEGER,
            undeliverable  TEXT
        );
        CREATE INDEX IF NOT EXISTS approvals_by_instance ON approvals (instance_id);
        CREATE TABLE IF NOT EXISTS audit (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            at          INTEGER NOT NULL,
            actor       TEXT NOT NULL,
            action      TEXT NOT NULL,
            details     TEXT
        );
        CREATE INDEX IF NOT EXISTS audit_by_instance ON audit (instance_id, at);
        CREATE TABLE IF NOT EXISTS outbox (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            idempotency_key  TEXT NOT NULL UNIQUE,
            to_address       TEXT NOT NULL,
            to_name          TEXT,
            cc_json          TEXT NOT NULL,
            subject          TEXT NOT NULL,
            html_body        TEXT NOT NULL,
            text_body        TEXT NOT NULL,
            template         TEXT,
            language         TEXT,
            attachments_json TEXT NOT NULL,
            created_at       INTEGER NOT NULL,
            relayed_at       INTEGER,
            relay_error      TEXT
        );
        CREATE INDEX IF NOT EXISTS outbox_by_recipient ON outbox (to_address COLLATE NOCASE, id);
        CREATE TABLE IF NOT EXISTS progress (
            cohort_id           TEXT NOT NULL,
            employee_id         TEXT NOT NULL,
            journey_instance_id TEXT NOT NULL,
            step                TEXT NOT NULL,
            since               INTEGER NOT NULL,
            term                INTEGER NOT NULL,
            outcome             TEXT,
            agreement_version   TEXT,
            training_json       TEXT,
            erase_after         INTEGER,
            erased_at           INTEGER,
            PRIMARY KEY (cohort_id, employee_id)
        );
        CREATE TABLE IF NOT EXISTS check_ins (
            cohort_id    TEXT NOT NULL,
            employee_id  TEXT NOT NULL,
            month        INTEGER NOT NULL,
            attended     INTEGER NOT NULL,
            hours        REAL NOT NULL,
            successes    TEXT,
            challenges   TEXT,
            asks          TEXT,
            submitted_at  INTEGER NOT NULL,
            hours_invalid INTEGER NOT NULL DEFAULT 0,
            no_time       INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (cohort_id, employee_id, month)
        );
        CREATE TABLE IF NOT EXISTS programme_versions (
            programme_id    TEXT NOT NULL,
            version         INTEGER NOT NULL,
            definition_json TEXT NOT NULL,
            published_at    INTEGER NOT NULL,
            published_by    TEXT NOT NULL,
            PRIMARY KEY (programme_id, version)
        );
        CREATE TABLE IF NOT EXISTS programme_drafts (
            programme_id    TEXT PRIMARY KEY,
            definition_json TEXT NOT NULL,
            saved_at        INTEGER NOT NULL,
            saved_by        TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS claims (
            claim_key  TEXT PRIMARY KEY,
            holder     TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
        """;

    /// <summary>Files made before decisions tracked their delivery lack the columns. Their decisions
    /// went through the old raise-and-forget path, so they count as delivered: redelivering them
    /// now could hand a stale answer to a later wait on the same event.</summary>
    public const string AddDeliveryColumns = """
        ALTER TABLE approvals ADD COLUMN delivered_at INTEGER;
        ALTER TABLE approvals ADD COLUMN undeliverable TEXT;
        UPDATE approvals SET delivered_at = decided_at WHERE decision IS NOT NULL;
        """;

    /// <summary>Files made before check-ins kept unreadable hours lack the column. Their check-ins
    /// read as valid, as they did then: which of their zeros were unreadable is not on record.</summary>
    public const string AddHoursInvalidColumn = """
        ALTER TABLE check_ins ADD COLUMN hours_invalid INTEGER NOT NULL DEFAULT 0;
        """;

    /// <summary>Files made before check-ins offered "I could not make time" lack the column; nobody in them said so.</summary>
    public const string AddNoTimeColumn = """
        ALTER TABLE check_ins ADD COLUMN no_time INTEGER NOT NULL DEFAULT 0;
        """;

    /// <summary>Files made before erasure ran lack the column; nobody in them has been erased.</summary>
    public const string AddErasedAtColumn = """
        ALTER TABLE progress ADD COLUMN erased_at INTEGER;
        """;

    /// <summary>After the columns exist (new or added): finds the few owed decisions without a scan.</summary>
    public const string DeliveryIndex = """
        CREATE INDEX IF NOT EXISTS approvals_undelivered ON approvals (decided_at) WHERE decision IS NOT NULL AND delivered_at IS NULL;
        """;

    /// <summary>Open requests by the person they wait for (a person's page, a manager change) and by
    /// kind (the daily manager-change sweep). Partial: only open rows are indexed, so the indexes grow
    /// with what waits, not with every request ever made.</summary>
    public const string OpenRequestIndexes = """
        CREATE INDEX IF NOT EXISTS approvals_open_by_assignee ON approvals (assignee_id, created_at) WHERE decision IS NULL AND closed_reason IS NULL;
        CREATE INDEX IF NOT EXISTS approvals_open_by_kind ON approvals (kind, approval_id) WHERE decision IS NULL AND closed_reason IS NULL;
        """;

    /// <summary>Files made before a hand-over recorded whom it took the request from lack the column.
    /// Their hand-overs stay readable from the audit, as before; new ones fill it in the same update
    /// that changes the assignee.</summary>
    public const string AddHandedFromColumn = """
        ALTER TABLE approvals ADD COLUMN handed_from TEXT;
        """;

    /// <summary>The mentions index (<see cref="SqliteMentions"/>): which mail, approval and audit line
    /// names whom, under hashed keys, and the names seen on mail. <c>app_meta</c> records that the rows
    /// written before the index existed have been indexed (<see cref="AppDatabase"/> does it once).</summary>
    public const string MentionsSchema = """
        CREATE TABLE IF NOT EXISTS mentions (
            person_key TEXT NOT NULL,
            kind       TEXT NOT NULL,
            row_id     NOT NULL,
            PRIMARY KEY (person_key, kind, row_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mention_names (
            name_key TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS app_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;

    /// <summary>Every lookup by person, cohort and status walks an index (a test runs
    /// <c>EXPLAIN QUERY PLAN</c> over the stores' lookups): all of a person's requests, whoever holds
    /// them; a cohort's requests (by instance id range); the open requests and the audit trail in time
    /// order; a person's read-model rows and check-ins; who is due for erasure.</summary>
    public const string LookupIndexes = """
        CREATE INDEX IF NOT EXISTS approvals_by_assignee ON approvals (assignee_id);
        CREATE INDEX IF NOT EXISTS approvals_by_created ON approvals (created_at, approval_id);
        CREATE INDEX IF NOT EXISTS approvals_open_by_created ON approvals (created_at, approval_id) WHERE decision IS NULL AND closed_reason IS NULL;
        CREATE INDEX IF NOT EXISTS audit_by_at ON audit (at, id);
        CREATE INDEX IF NOT EXISTS progress_by_employee ON progress (employee_id);
        CREATE INDEX IF NOT EXISTS progress_erasure_due ON progress (erase_after) WHERE erased_at IS NULL AND step = 'Ended';
        CREATE INDEX IF NOT EXISTS check_ins_by_employee ON check_ins (employee_id);
        """;

    /// <summary>Played dry runs (<see cref="SqliteDryRunStore"/>), kept for a day: the record as gzipped
    /// JSON, and when it expires (indexed, so removing the expired ones reads only those).</summary>
    public const string DryRunResults = """
        CREATE TABLE IF NOT EXISTS dry_runs (
            id         TEXT PRIMARY KEY,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            record     BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS dry_runs_by_expiry ON dry_runs (expires_at);
        """;

    /// <summary>The read models of HR's lists (<see cref="SqliteCohortList"/>): a row per cohort, newest
    /// first and by programme; the ambassadors at each step of a cohort, kept by triggers on
    /// <c>progress</c> in the same statement that moves someone (so a redelivered step change, which
    /// changes no step, counts nothing twice); open requests by instance, for a cohort's count.
    /// Cohorts started before the list existed are copied in once from the orchestrations (see
    /// <c>CohortReadModel</c>); the step counts are filled from <c>progress</c> when their table is made.</summary>
    public const string ReadModelSchema = """
        CREATE TABLE IF NOT EXISTS cohorts (
            cohort_id         TEXT PRIMARY KEY,
            programme_id      TEXT NOT NULL,
            programme_version INTEGER,
            hr_owner_id       TEXT NOT NULL,
            created_at        INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS cohorts_by_created ON cohorts (created_at, cohort_id);
        CREATE INDEX IF NOT EXISTS cohorts_by_programme ON cohorts (programme_id, created_at);
        CREATE INDEX IF NOT EXISTS approvals_open_by_instance ON approvals (instance_id, expires_at) WHERE decision IS NULL AND closed_reason IS NULL;
        """;

    /// <summary>Made with <see cref="StepCountTriggers"/> and filled once from the rows already there.</summary>
    public const string StepCountTable = """
        CREATE TABLE cohort_steps (
            cohort_id TEXT NOT NULL,
            step      TEXT NOT NULL,
            count     INTEGER NOT NULL,
            PRIMARY KEY (cohort_id, step)
        ) WITHOUT ROWID;
        INSERT INTO cohort_steps (cohort_id, step, count) SELECT cohort_id, step, count(*) FROM progress GROUP BY cohort_id, step;
        """;

    /// <summary>Not INSERT OR IGNORE: inside a trigger, the conflict policy of the statement that fired
    /// it (the progress upsert) wins, and the insert would fail on a count row that exists.</summary>
    public const string StepCountTriggers = """
        CREATE TRIGGER IF NOT EXISTS progress_step_added AFTER INSERT ON progress BEGIN
            INSERT INTO cohort_steps (cohort_id, step, count) SELECT new.cohort_id, new.step, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_steps WHERE cohort_id = new.cohort_id AND step = new.step);
            UPDATE cohort_steps SET count = count + 1 WHERE cohort_id = new.cohort_id AND step = new.step;
        END;
        CREATE TRIGGER IF NOT EXISTS progress_step_moved AFTER UPDATE OF step, cohort_id ON progress
        WHEN old.step IS NOT new.step OR old.cohort_id IS NOT new.cohort_id BEGIN
            UPDATE cohort_steps SET count = count - 1 WHERE cohort_id = old.cohort_id AND step = old.step;
            INSERT INTO cohort_steps (cohort_id, step, count) SELECT new.cohort_id, new.step, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_steps WHERE cohort_id = new.cohort_id AND step = new.step);
            UPDATE cohort_steps SET count = count + 1 WHERE cohort_id = new.cohort_id AND step = new.step;
        END;
        CREATE TRIGGER IF NOT EXISTS progress_step_removed AFTER DELETE ON progress BEGIN
            UPDATE cohort_steps SET count = count - 1 WHERE cohort_id = old.cohort_id AND step = old.step;
        END;
        """;
    /// <summary>The cohort health page's snapshot (<see cref="SqliteHealthSnapshots"/>): the figures'
    /// inputs are a cohort's progress rows, check-ins and its journeys' requests, and any write to
    /// them moves the cohort's version on (triggers, so no write path can forget it; a moved version
    /// only says "recompute", so counting a redelivered write twice does no harm). A page whose
    /// snapshot has the current version reads one row; otherwise it computes and keeps the result.</summary>
    public const string HealthSnapshotSchema = """
        CREATE TABLE IF NOT EXISTS cohort_changes (
            cohort_id TEXT PRIMARY KEY,
            version   INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS cohort_health (
            cohort_id   TEXT PRIMARY KEY,
            version     INTEGER NOT NULL,
            basis       TEXT NOT NULL,
            report_json TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS progress_changed_insert AFTER INSERT ON progress BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT new.cohort_id, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = new.cohort_id);
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = new.cohort_id;
        END;
        CREATE TRIGGER IF NOT EXISTS progress_changed_update AFTER UPDATE ON progress BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT new.cohort_id, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = new.cohort_id);
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = new.cohort_id;
        END;
        CREATE TRIGGER IF NOT EXISTS check_ins_changed_insert AFTER INSERT ON check_ins BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT new.cohort_id, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = new.cohort_id);
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = new.cohort_id;
        END;
        CREATE TRIGGER IF NOT EXISTS check_ins_changed_update AFTER UPDATE ON check_ins BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT new.cohort_id, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = new.cohort_id);
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = new.cohort_id;
        END;
        CREATE TRIGGER IF NOT EXISTS check_ins_changed_delete AFTER DELETE ON check_ins BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT old.cohort_id, 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = old.cohort_id);
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = old.cohort_id;
        END;
        CREATE TRIGGER IF NOT EXISTS journey_approval_changed_insert AFTER INSERT ON approvals WHEN instr(new.instance_id, ':journey:') > 0 BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1), 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1));
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1);
        END;
        CREATE TRIGGER IF NOT EXISTS journey_approval_changed_update AFTER UPDATE ON approvals WHEN instr(new.instance_id, ':journey:') > 0 BEGIN
            INSERT INTO cohort_changes (cohort_id, version) SELECT substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1), 0 WHERE NOT EXISTS (SELECT 1 FROM cohort_changes WHERE cohort_id = substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1));
            UPDATE cohort_changes SET version = version + 1 WHERE cohort_id = substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1);
        END;
        """;

    /// <summary>The figures' request side (<see cref="SqliteApprovalStore.ListCheckInRequestsOfCohortAsync"/>):
    /// a journey's monthly check-in requests, clustered by cohort, so the figures read a cohort's
    /// requests in one range instead of every approval of its journeys with their page texts. Kept by
    /// triggers on <c>approvals</c> (no write path can forget it; a redelivered write rewrites the same
    /// values) and filled once from the approvals already there.</summary>
    public const string CheckInRequestTable = """
        CREATE TABLE check_in_requests (
            cohort_id    TEXT NOT NULL,
            approval_id  TEXT NOT NULL,
            instance_id  TEXT NOT NULL,
            created_at   INTEGER NOT NULL,
            details_json TEXT,
            answered     INTEGER NOT NULL,
            PRIMARY KEY (cohort_id, approval_id)
        ) WITHOUT ROWID;
        INSERT INTO check_in_requests (cohort_id, approval_id, instance_id, created_at, details_json, answered)
        SELECT substr(instance_id, 1, instr(instance_id, ':journey:') - 1), approval_id, instance_id, created_at, details_json, decision IS NOT NULL
        FROM approvals WHERE instr(instance_id, ':journey:') > 1 AND instr(approval_id, ':check-in:') > 0;
        """;

    /// <summary>Not INSERT OR IGNORE, for the reason given at <see cref="StepCountTriggers"/>. Erasure
    /// rewrites <c>details_json</c> (the meeting's start goes with it), which the row follows.</summary>
    public const string CheckInRequestTriggers = """
        CREATE TRIGGER IF NOT EXISTS check_in_request_added AFTER INSERT ON approvals
        WHEN instr(new.instance_id, ':journey:') > 1 AND instr(new.approval_id, ':check-in:') > 0 BEGIN
            INSERT INTO check_in_requests (cohort_id, approval_id, instance_id, created_at, details_json, answered)
            SELECT substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1), new.approval_id, new.instance_id, new.created_at, new.details_json, new.decision IS NOT NULL
            WHERE NOT EXISTS (SELECT 1 FROM check_in_requests WHERE cohort_id = substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1) AND approval_id = new.approval_id);
        END;
        CREATE TRIGGER IF NOT EXISTS check_in_request_changed AFTER UPDATE OF decision, details_json ON approvals
        WHEN instr(new.instance_id, ':journey:') > 1 AND instr(new.approval_id, ':check-in:') > 0 BEGIN
            UPDATE check_in_requests SET details_json = new.details_json, answered = new.decision IS NOT NULL
            WHERE cohort_id = substr(new.instance_id, 1, instr(new.instance_id, ':journey:') - 1) AND approval_id = new.approval_id;
        END;
        """;

    /// <summary>A cohort's figures kept as sums of per-ambassador parts (<see cref="SqliteCohortFigures"/>):
    /// the sums and the months they were read under, each ambassador's part, and the ambassadors whose
    /// rows changed since (marked by triggers on the figures' inputs, only while the cohort's figures
    /// are kept, so a cohort nobody looks at costs no marks). A part names its ambassador's words' terms:
    /// erasure deletes it by employee (<c>figure_parts_by_employee</c>) and drops the sums.</summary>
    public static readonly string FigurePartsSchema = $"""
        CREATE TABLE IF NOT EXISTS figure_state (
            cohort_id   TEXT PRIMARY KEY,
            claim       INTEGER NOT NULL,
            basis       TEXT NOT NULL,
            totals_json TEXT
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS figure_parts (
            cohort_id   TEXT NOT NULL,
            employee_id TEXT NOT NULL,
            part_json   TEXT NOT NULL,
            PRIMARY KEY (cohort_id, employee_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS figure_parts_by_employee ON figure_parts (employee_id);
        CREATE TABLE IF NOT EXISTS figure_dirty (
            cohort_id   TEXT NOT NULL,
            employee_id TEXT NOT NULL,
            PRIMARY KEY (cohort_id, employee_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_progress_insert AFTER INSERT ON progress BEGIN {Mark("new.cohort_id", "new.employee_id")} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_progress_update AFTER UPDATE ON progress BEGIN {Mark("old.cohort_id", "old.employee_id")} {Mark("new.cohort_id", "new.employee_id")} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_progress_delete AFTER DELETE ON progress BEGIN {Mark("old.cohort_id", "old.employee_id")} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_check_in_insert AFTER INSERT ON check_ins BEGIN {Mark("new.cohort_id", "new.employee_id")} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_check_in_update AFTER UPDATE ON check_ins BEGIN {Mark("old.cohort_id", "old.employee_id")} {Mark("new.cohort_id", "new.employee_id")} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_check_in_delete AFTER DELETE ON check_ins BEGIN {Mark("old.cohort_id", "old.employee_id")} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_request_insert AFTER INSERT ON check_in_requests BEGIN {Mark("new.cohort_id", Employee("new"))} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_request_update AFTER UPDATE ON check_in_requests BEGIN {Mark("new.cohort_id", Employee("new"))} END;
        CREATE TRIGGER IF NOT EXISTS figure_dirty_request_delete AFTER DELETE ON check_in_requests BEGIN {Mark("old.cohort_id", Employee("old"))} END;
        """;

    /// <summary>Not INSERT OR IGNORE, for the reason given at <see cref="StepCountTriggers"/>.</summary>
    private static string Mark(string cohort, string employee)
        => $"INSERT INTO figure_dirty (cohort_id, employee_id) SELECT {cohort}, {employee} WHERE EXISTS (SELECT 1 FROM figure_state WHERE cohort_id = {cohort}) AND NOT EXISTS (SELECT 1 FROM figure_dirty WHERE cohort_id = {cohort} AND employee_id = {employee});";

    /// <summary>The employee a request's journey id names (JourneyIds.For).</summary>
    private static string Employee(string row) => $"substr({row}.instance_id, instr({row}.instance_id, ':journey:') + 9)";
}
