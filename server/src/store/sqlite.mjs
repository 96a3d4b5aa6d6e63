// The embedded store: one SQLite file in DATA_DIR through Node's built-in node:sqlite. A commit is
// on disk before it resolves (WAL with synchronous=FULL). Sign-ups arriving together are committed
// together (one transaction, one fsync), so throughput holds without weakening durability.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { StoreError } from './errors.mjs';

const MIGRATIONS = [
  `CREATE TABLE signups (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     submission_id TEXT NOT NULL UNIQUE,
     received_at TEXT NOT NULL,
     email_key TEXT NOT NULL,
     digest TEXT NOT NULL,
     signup TEXT NOT NULL
   );
   CREATE INDEX signups_email_key ON signups (email_key);
   CREATE INDEX signups_received_at ON signups (received_at);
   CREATE TABLE erasures (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     erased_at TEXT NOT NULL,
     records INTEGER NOT NULL
   );`,
  // The relay's durable queue: one job per sign-up to hand over, one per erasure to pass on.
  `CREATE TABLE relay_jobs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL,
     submission_id TEXT,
     email_key TEXT,
     state TEXT NOT NULL DEFAULT 'pending',
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     created_at TEXT NOT NULL,
     finished_at TEXT,
     reason TEXT
   );
   CREATE INDEX relay_jobs_due ON relay_jobs (state, next_attempt_at);
   CREATE INDEX relay_jobs_submission ON relay_jobs (submission_id);`,
  // The double opt-in: when the person confirmed, and the hash of their link's token until then.
  `ALTER TABLE signups ADD COLUMN confirmed_at TEXT;
   ALTER TABLE signups ADD COLUMN optin_token_hash TEXT;
   ALTER TABLE signups ADD COLUMN optin_expires_at TEXT;
   CREATE INDEX signups_optin_token ON signups (optin_token_hash);`,
];

const toRecord = (row) => ({
  id: Number(row.id),
  submissionId: row.submission_id,
  receivedAt: row.received_at,
  signup: JSON.parse(row.signup),
  relay: row.relay_state ? { state: row.relay_state, reason: row.relay_reason ?? undefined } : undefined,
  confirmedAt: row.confirmed_at ?? undefined,
});

/** Sign-ups with the state of their hand-over to Listmonk, if any. */
const WITH_RELAY = `SELECT s.*, j.state AS relay_state, j.reason AS relay_reason FROM signups s
  LEFT JOIN relay_jobs j ON j.kind IN ('subscribe', 'optin-mail') AND j.submission_id = s.submission_id`;

/**
 * Opens (creating if needed) `DATA_DIR/signups.db` and brings its schema up to date. With
 * `jobKind` ('subscribe' for Listmonk, 'optin-mail' for the double opt-in), each new sign-up gets
 * that job in the same transaction.
 */
export function openSqliteStore({ dataDir, jobKind }) {
  const file = join(dataDir, 'signups.db');
  let db;
  let statements;
  let pending = [];

  /** The open connection, reopened after a failure (a full or read-only disk that came back). */
  function connection() {
    if (db) return db;
    try {
      mkdirSync(dataDir, { recursive: true });
      const opened = new DatabaseSync(file);
      try {
        opened.exec('PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
        migrate(opened);
      } catch (error) {
        opened.close();
        throw error;
      }
      db = opened;
      statements = {
        insert: db.prepare(
          `INSERT INTO signups (submission_id, received_at, email_key, digest, signup) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (submission_id) DO NOTHING`,
        ),
        digest: db.prepare('SELECT digest FROM signups WHERE submission_id = ?'),
        job: db.prepare(
          'INSERT INTO relay_jobs (kind, submission_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?)',
        ),
      };
      return db;
    } catch (error) {
      throw new StoreError(`cannot open the SQLite store ${file}`, error);
    }
  }

  /** Runs `work` on the connection; a storage error closes it, so that the next call reopens. */
  function use(work) {
    const current = connection();
    try {
      return work(current);
    } catch (error) {
      db = undefined;
      try {
        current.close(); // rolls back a transaction left open
      } catch {
        // already unusable
      }
      throw error instanceof StoreError ? error : new StoreError('SQLite store failed', error);
    }
  }

  function insertOne(record) {
    const inserted = statements.insert.run(
      record.submissionId,
      record.receivedAt,
      record.emailKey,
      record.digest,
      JSON.stringify(record.signup),
    );
    if (inserted.changes === 1) {
      if (jobKind) statements.job.run(jobKind, record.submissionId, record.receivedAt, record.receivedAt);
      return 'stored';
    }
    return statements.digest.get(record.submissionId).digest === record.digest ? 'replayed' : 'conflict';
  }

  /** Commits every sign-up queued since the last turn of the event loop in one transaction. */
  function flush() {
    const batch = pending;
    pending = [];
    try {
      const outcomes = use((current) => {
        current.exec('BEGIN IMMEDIATE');
        const results = batch.map(({ record }) => insertOne(record));
        current.exec('COMMIT');
        return results;
      });
      batch.forEach(({ resolve }, index) => resolve(outcomes[index]));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }

  return {
    engine: 'sqlite',
    where: file,

    /** Makes sure the store can be opened and written: run once at start. */
    async check() {
      use((current) => current.exec('BEGIN IMMEDIATE; ROLLBACK;'));
    },

    /** Resolves to 'stored', 'replayed' (same payload, already stored) or 'conflict', once committed. */
    add(record) {
      return new Promise((resolve, reject) => {
        pending.push({ record, resolve, reject });
        if (pending.length === 1) setImmediate(flush);
      });
    },

    /** Up to `limit` records with an id above `afterId`, received at or after `since`, in order. */
    async page({ since = '', afterId = 0, limit = 500 }) {
      return use((current) =>
        current
          .prepare(`${WITH_RELAY} WHERE s.id > ? AND s.received_at >= ? ORDER BY s.id LIMIT ?`)
          .all(afterId, since, limit)
          .map(toRecord),
      );
    },

    async findByEmail(key) {
      return use((current) =>
        current.prepare(`${WITH_RELAY} WHERE s.email_key = ? ORDER BY s.id`).all(key).map(toRecord),
      );
    },

    /**
     * Deletes every record of the address and their relay jobs; logs the erasure without the
     * address. With the relay, queues the erasure for Listmonk (which needs the address until
     * then). Resolves to the number of records.
     */
    async erase(key, at) {
      return use((current) => {
        current.exec('BEGIN IMMEDIATE');
        current
          .prepare(
            'DELETE FROM relay_jobs WHERE submission_id IN (SELECT submission_id FROM signups WHERE email_key = ?)',
          )
          .run(key);
        const { changes } = current.prepare('DELETE FROM signups WHERE email_key = ?').run(key);
        current.prepare('INSERT INTO erasures (erased_at, records) VALUES (?, ?)').run(at, changes);
        if (jobKind === 'subscribe')
          current
            .prepare(`INSERT INTO relay_jobs (kind, email_key, next_attempt_at, created_at) VALUES ('erase', ?, ?, ?)`)
            .run(key, at, at);
        current.exec('COMMIT');
        return Number(changes);
      });
    },

    /**
     * Leases up to `limit` due jobs for `leaseMs` (a worker that dies leaves them to the next) and
     * resolves to them, each subscribe job with its sign-up.
     */
    async claimJobs({ limit, leaseMs, now = Date.now() }) {
      return use((current) => {
        current.exec('BEGIN IMMEDIATE');
        const jobs = current
          .prepare(
            `SELECT j.id, j.kind, j.submission_id, j.email_key, j.attempts, s.signup FROM relay_jobs j
             LEFT JOIN signups s ON s.submission_id = j.submission_id
             WHERE j.state = 'pending' AND j.next_attempt_at <= ? ORDER BY j.id LIMIT ?`,
          )
          .all(new Date(now).toISOString(), limit);
        const lease = current.prepare('UPDATE relay_jobs SET next_attempt_at = ? WHERE id = ?');
        for (const job of jobs) lease.run(new Date(now + leaseMs).toISOString(), job.id);
        current.exec('COMMIT');
        return jobs.map((job) => ({
          id: Number(job.id),
          kind: job.kind,
          email: job.email_key ?? undefined,
          attempts: Number(job.attempts),
          signup: job.signup ? JSON.parse(job.signup) : undefined,
        }));
      });
    },

    /** Closes a job as 'delivered' or 'refused' (with the reason); an erasure forgets its address. */
    async finishJob(id, state, reason, at) {
      use((current) =>
        current
          .prepare('UPDATE relay_jobs SET state = ?, reason = ?, finished_at = ?, email_key = NULL WHERE id = ?')
          .run(state, reason, at, id),
      );
    },

    async retryJob(id, attempts, nextAttemptAt, reason) {
      use((current) =>
        current
          .prepare('UPDATE relay_jobs SET attempts = ?, next_attempt_at = ?, reason = ? WHERE id = ?')
          .run(attempts, nextAttemptAt, reason, id),
      );
    },

    /** Gives leased jobs back, due at once: a stopping worker leaves them to the next one. */
    async releaseJobs(ids, now = Date.now()) {
      use((current) => {
        const release = current.prepare('UPDATE relay_jobs SET next_attempt_at = ? WHERE id = ?');
        for (const id of ids) release.run(new Date(now).toISOString(), id);
      });
    },

    /** Keeps the hash of a confirmation link's token, valid until `expiresAt`. */
    async setOptinToken(submissionId, hash, expiresAt) {
      use((current) =>
        current
          .prepare('UPDATE signups SET optin_token_hash = ?, optin_expires_at = ? WHERE submission_id = ?')
          .run(hash, expiresAt, submissionId),
      );
    },

    /** The sign-up a valid, unused, unexpired token confirms; undefined otherwise. */
    async findOptin(hash, now) {
      return use((current) => {
        const row = current
          .prepare(
            'SELECT signup FROM signups WHERE optin_token_hash = ? AND confirmed_at IS NULL AND optin_expires_at > ?',
          )
          .get(hash, now);
        return row && JSON.parse(row.signup);
      });
    },

    /** Confirms once: the token is spent. Resolves to the sign-up, or undefined if the token is not valid. */
    async confirmOptin(hash, now) {
      return use((current) => {
        const row = current
          .prepare(
            `UPDATE signups SET confirmed_at = ?, optin_token_hash = NULL
             WHERE optin_token_hash = ? AND confirmed_at IS NULL AND optin_expires_at > ? RETURNING signup`,
          )
          .get(now, hash, now);
        return row && JSON.parse(row.signup);
      });
    },

    /**
     * Deletes the sign-ups asked to confirm (those with a confirmation job: not imported ones)
     * before `before`, and never confirmed. Resolves to the count.
     */
    async expireUnconfirmed(before) {
      return use((current) => {
        current.exec('BEGIN IMMEDIATE');
        const expired = current
          .prepare(
            `DELETE FROM relay_jobs WHERE kind = 'optin-mail' AND submission_id IN
               (SELECT submission_id FROM signups WHERE confirmed_at IS NULL AND received_at < ?)
             RETURNING submission_id`,
          )
          .all(before);
        const remove = current.prepare('DELETE FROM signups WHERE submission_id = ?');
        const count = expired.reduce((sum, { submission_id: id }) => sum + Number(remove.run(id).changes), 0);
        current.exec('COMMIT');
        return count;
      });
    },

    /** The queue's depth and its oldest waiting job, for /healthz. */
    async relayStats() {
      return use((current) => {
        const row = current
          .prepare("SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM relay_jobs WHERE state = 'pending'")
          .get();
        return { pending: Number(row.pending), oldest: row.oldest ?? null };
      });
    },

    /** Deletes the records received before `before` (ISO time). Resolves to the count. */
    async purge(before) {
      return use((current) => {
        current.exec('BEGIN IMMEDIATE');
        current
          .prepare(
            'DELETE FROM relay_jobs WHERE submission_id IN (SELECT submission_id FROM signups WHERE received_at < ?)',
          )
          .run(before);
        const { changes } = current.prepare('DELETE FROM signups WHERE received_at < ?').run(before);
        current.exec('COMMIT');
        return Number(changes);
      });
    },

    async ping() {
      use((current) => current.prepare('SELECT 1').get());
    },

    async close() {
      if (pending.length) flush();
      db?.close();
      db = undefined;
    },
  };
}

/** Applies the migrations this file has not seen yet, each in its own transaction. */
function migrate(db) {
  for (;;) {
    db.exec('BEGIN IMMEDIATE'); // another process (an import) may be migrating the same file
    try {
      const version = Number(db.prepare('PRAGMA user_version').get().user_version);
      if (version > MIGRATIONS.length)
        throw new Error(`the database is at schema version ${version}, newer than this receiver knows`);
      if (version === MIGRATIONS.length) return db.exec('COMMIT');
      db.exec(MIGRATIONS[version]);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
