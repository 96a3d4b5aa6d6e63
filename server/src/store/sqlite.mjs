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
];

const toRecord = (row) => ({
  id: Number(row.id),
  submissionId: row.submission_id,
  receivedAt: row.received_at,
  signup: JSON.parse(row.signup),
});

/** Opens (creating if needed) `DATA_DIR/signups.db` and brings its schema up to date. */
export function openSqliteStore({ dataDir }) {
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
    if (inserted.changes === 1) return 'stored';
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
          .prepare('SELECT * FROM signups WHERE id > ? AND received_at >= ? ORDER BY id LIMIT ?')
          .all(afterId, since, limit)
          .map(toRecord),
      );
    },

    async findByEmail(key) {
      return use((current) =>
        current.prepare('SELECT * FROM signups WHERE email_key = ? ORDER BY id').all(key).map(toRecord),
      );
    },

    /** Deletes every record of the address; logs the erasure without it. Resolves to the count. */
    async erase(key, at) {
      return use((current) => {
        current.exec('BEGIN IMMEDIATE');
        const { changes } = current.prepare('DELETE FROM signups WHERE email_key = ?').run(key);
        current.prepare('INSERT INTO erasures (erased_at, records) VALUES (?, ?)').run(at, changes);
        current.exec('COMMIT');
        return Number(changes);
      });
    },

    /** Deletes the records received before `before` (ISO time). Resolves to the count. */
    async purge(before) {
      return use((current) => Number(current.prepare('DELETE FROM signups WHERE received_at < ?').run(before).changes));
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
