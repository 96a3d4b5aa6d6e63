// The shared store: PostgreSQL through `pg`, so that several receivers behind a load balancer use
// one database. Idempotency is the unique constraint on submission_id: concurrent copies of one
// sign-up, on any receiver, wait for the first to commit and then find it. Sign-ups arriving
// together go in one statement (one round trip, one commit).
import pg from 'pg';
import { StoreError } from './errors.mjs';

const MIGRATIONS = [
  `CREATE TABLE signups (
     id BIGSERIAL PRIMARY KEY,
     submission_id TEXT NOT NULL UNIQUE,
     received_at TIMESTAMPTZ NOT NULL,
     email_key TEXT NOT NULL,
     digest TEXT NOT NULL,
     signup JSON NOT NULL
   );
   CREATE INDEX signups_email_key ON signups (email_key);
   CREATE INDEX signups_received_at ON signups (received_at);
   CREATE TABLE erasures (
     id BIGSERIAL PRIMARY KEY,
     erased_at TIMESTAMPTZ NOT NULL,
     records INTEGER NOT NULL
   );`,
  // The relay's durable queue: one job per sign-up to hand over, one per erasure to pass on.
  `CREATE TABLE relay_jobs (
     id BIGSERIAL PRIMARY KEY,
     kind TEXT NOT NULL,
     submission_id TEXT,
     email_key TEXT,
     state TEXT NOT NULL DEFAULT 'pending',
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TIMESTAMPTZ NOT NULL,
     created_at TIMESTAMPTZ NOT NULL,
     finished_at TIMESTAMPTZ,
     reason TEXT
   );
   CREATE INDEX relay_jobs_due ON relay_jobs (state, next_attempt_at);
   CREATE INDEX relay_jobs_submission ON relay_jobs (submission_id);`,
  // The double opt-in: when the person confirmed, and the hash of their link's token until then.
  `ALTER TABLE signups ADD COLUMN confirmed_at TIMESTAMPTZ;
   ALTER TABLE signups ADD COLUMN optin_token_hash TEXT;
   ALTER TABLE signups ADD COLUMN optin_expires_at TIMESTAMPTZ;
   CREATE INDEX signups_optin_token ON signups (optin_token_hash);`,
];

/** Batches in flight at once, each on its own connection. */
const MAX_FLUSHES = 2;

/** Any number, same for every receiver: serialises their migrations at start. */
const MIGRATION_LOCK = 7_250_411;

const toRecord = (row) => ({
  id: Number(row.id),
  submissionId: row.submission_id,
  receivedAt: row.received_at.toISOString(),
  signup: row.signup,
  relay: row.relay_state ? { state: row.relay_state, reason: row.relay_reason ?? undefined } : undefined,
  confirmedAt: row.confirmed_at?.toISOString(),
});

/** Sign-ups with the state of their hand-over to Listmonk, if any. */
const WITH_RELAY = `SELECT s.*, j.state AS relay_state, j.reason AS relay_reason FROM signups s
  LEFT JOIN relay_jobs j ON j.kind IN ('subscribe', 'optin-mail') AND j.submission_id = s.submission_id`;

/**
 * Connects a pool to `databaseUrl`; `onIdleError` hears of connections the server dropped. With
 * `jobKind`, each new sign-up gets that job in the same statement (as in the SQLite store).
 */
export function openPostgresStore({ databaseUrl, jobKind, onIdleError = () => undefined }) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 20,
    connectionTimeoutMillis: 5000,
    statement_timeout: 10_000,
    application_name: 'openllm-signup-receiver',
  });
  // A server restart drops idle connections; without a listener, that would stop the process.
  pool.on('error', onIdleError);
  let migrated;
  let pending = [];
  let flushing = 0;

  /**
   * Stores the sign-ups queued so far in one statement. At most MAX_FLUSHES run at once; what
   * arrives meanwhile waits for the next, so that batches grow with the load.
   */
  async function flush() {
    if (flushing >= MAX_FLUSHES || !pending.length) return;
    const batch = pending;
    pending = [];
    flushing++;
    try {
      const outcomes = await use((client) =>
        insertAll(
          client,
          batch.map(({ record }) => record),
          jobKind,
        ),
      );
      batch.forEach(({ resolve }, index) => resolve(outcomes[index]));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    } finally {
      flushing--;
      flush();
    }
  }

  /** Runs `work(client)` on a pooled connection, with the schema up to date. */
  async function use(work) {
    let client;
    try {
      client = await pool.connect();
    } catch (error) {
      throw new StoreError('cannot reach PostgreSQL', error);
    }
    let failed = false;
    try {
      migrated ??= migrate(client).catch((error) => {
        migrated = undefined;
        throw error;
      });
      await migrated;
      return await work(client);
    } catch (error) {
      failed = true;
      throw error instanceof StoreError ? error : new StoreError('PostgreSQL store failed', error);
    } finally {
      client.release(failed); // a connection that failed is dropped, never handed out again
    }
  }

  const transaction = (work) =>
    use(async (client) => {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    });

  return {
    engine: 'postgres',
    where: redactedUrl(databaseUrl),

    async check() {
      await use((client) => client.query('SELECT 1'));
    },

    add(record) {
      return new Promise((resolve, reject) => {
        pending.push({ record, resolve, reject });
        if (pending.length === 1) setImmediate(flush);
      });
    },

    async page({ since, afterId = 0, limit = 500 }) {
      const { rows } = await use((client) =>
        client.query(`${WITH_RELAY} WHERE s.id > $1 AND s.received_at >= $2 ORDER BY s.id LIMIT $3`, [
          afterId,
          since || '-infinity',
          limit,
        ]),
      );
      return rows.map(toRecord);
    },

    async findByEmail(key) {
      const { rows } = await use((client) => client.query(`${WITH_RELAY} WHERE s.email_key = $1 ORDER BY s.id`, [key]));
      return rows.map(toRecord);
    },

    /** As the SQLite store's erase: records and their jobs gone, a count logged, Listmonk told. */
    async erase(key, at) {
      return transaction(async (client) => {
        await client.query(
          'DELETE FROM relay_jobs WHERE submission_id IN (SELECT submission_id FROM signups WHERE email_key = $1)',
          [key],
        );
        const { rowCount } = await client.query('DELETE FROM signups WHERE email_key = $1', [key]);
        await client.query('INSERT INTO erasures (erased_at, records) VALUES ($1, $2)', [at, rowCount]);
        if (jobKind === 'subscribe')
          await client.query(
            `INSERT INTO relay_jobs (kind, email_key, next_attempt_at, created_at) VALUES ('erase', $1, $2, $2)`,
            [key, at],
          );
        return rowCount;
      });
    },

    /** Leases due jobs, skipping those another receiver holds; each subscribe job with its sign-up. */
    async claimJobs({ limit, leaseMs, now = Date.now() }) {
      return transaction(async (client) => {
        const { rows } = await client.query(
          `WITH due AS (
             SELECT id FROM relay_jobs WHERE state = 'pending' AND next_attempt_at <= $1
             ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
           UPDATE relay_jobs j SET next_attempt_at = $3 FROM due WHERE j.id = due.id
           RETURNING j.id, j.kind, j.submission_id, j.email_key, j.attempts`,
          [new Date(now), limit, new Date(now + leaseMs)],
        );
        const ids = rows.filter((job) => job.submission_id).map((job) => job.submission_id);
        const signups = ids.length
          ? await client.query('SELECT submission_id, signup FROM signups WHERE submission_id = ANY($1::text[])', [ids])
          : { rows: [] };
        const bySubmission = new Map(signups.rows.map((row) => [row.submission_id, row.signup]));
        return rows
          .sort((a, b) => Number(a.id) - Number(b.id))
          .map((job) => ({
            id: Number(job.id),
            kind: job.kind,
            email: job.email_key ?? undefined,
            attempts: job.attempts,
            signup: bySubmission.get(job.submission_id),
          }));
      });
    },

    async finishJob(id, state, reason, at) {
      await use((client) =>
        client.query(
          'UPDATE relay_jobs SET state = $1, reason = $2, finished_at = $3, email_key = NULL WHERE id = $4',
          [state, reason, at, id],
        ),
      );
    },

    async retryJob(id, attempts, nextAttemptAt, reason) {
      await use((client) =>
        client.query('UPDATE relay_jobs SET attempts = $1, next_attempt_at = $2, reason = $3 WHERE id = $4', [
          attempts,
          nextAttemptAt,
          reason,
          id,
        ]),
      );
    },

    /** Gives leased jobs back, due at once: a stopping worker leaves them to the next one. */
    async releaseJobs(ids, now = Date.now()) {
      await use((client) =>
        client.query('UPDATE relay_jobs SET next_attempt_at = $1 WHERE id = ANY($2::bigint[])', [
          new Date(now).toISOString(),
          ids,
        ]),
      );
    },

    async setOptinToken(submissionId, hash, expiresAt) {
      await use((client) =>
        client.query('UPDATE signups SET optin_token_hash = $1, optin_expires_at = $2 WHERE submission_id = $3', [
          hash,
          expiresAt,
          submissionId,
        ]),
      );
    },

    async findOptin(hash, now) {
      const { rows } = await use((client) =>
        client.query(
          'SELECT signup FROM signups WHERE optin_token_hash = $1 AND confirmed_at IS NULL AND optin_expires_at > $2',
          [hash, now],
        ),
      );
      return rows[0]?.signup;
    },

    async confirmOptin(hash, now) {
      const { rows } = await use((client) =>
        client.query(
          `UPDATE signups SET confirmed_at = $2, optin_token_hash = NULL
           WHERE optin_token_hash = $1 AND confirmed_at IS NULL AND optin_expires_at > $2 RETURNING signup`,
          [hash, now],
        ),
      );
      return rows[0]?.signup;
    },

    async expireUnconfirmed(before) {
      const { rowCount } = await use((client) =>
        client.query(
          `WITH expired AS (
             SELECT s.submission_id FROM signups s JOIN relay_jobs j
               ON j.kind = 'optin-mail' AND j.submission_id = s.submission_id
             WHERE s.confirmed_at IS NULL AND s.received_at < $1),
           jobs AS (DELETE FROM relay_jobs WHERE submission_id IN (SELECT submission_id FROM expired))
           DELETE FROM signups WHERE submission_id IN (SELECT submission_id FROM expired)`,
          [before],
        ),
      );
      return rowCount;
    },

    async relayStats() {
      const { rows } = await use((client) =>
        client.query("SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM relay_jobs WHERE state = 'pending'"),
      );
      return { pending: Number(rows[0].pending), oldest: rows[0].oldest?.toISOString() ?? null };
    },

    async purge(before) {
      return transaction(async (client) => {
        await client.query(
          'DELETE FROM relay_jobs WHERE submission_id IN (SELECT submission_id FROM signups WHERE received_at < $1)',
          [before],
        );
        const { rowCount } = await client.query('DELETE FROM signups WHERE received_at < $1', [before]);
        return rowCount;
      });
    },

    async ping() {
      await use((client) => client.query('SELECT 1'));
    },

    async close() {
      await pool.end();
    },
  };
}

/**
 * Inserts the records (with their relay jobs when `relay`); resolves to each one's outcome:
 * 'stored', 'replayed' or 'conflict'.
 */
async function insertAll(client, records, jobKind) {
  const first = new Map(); // submissionId → index of its first copy in this batch
  records.forEach((record, index) => first.has(record.submissionId) || first.set(record.submissionId, index));
  const fresh = [...first.values()].map((index) => records[index]);
  const { rows } = await client.query({
    name: 'insert-signups', // prepared once per connection
    text: `WITH inserted AS (
             INSERT INTO signups (submission_id, received_at, email_key, digest, signup)
             SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::json[])
             ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id, received_at),
           jobs AS (
             INSERT INTO relay_jobs (kind, submission_id, next_attempt_at, created_at)
             SELECT $6::text, submission_id, received_at, received_at FROM inserted WHERE $6::text IS NOT NULL)
           SELECT submission_id FROM inserted`,
    values: [
      fresh.map((r) => r.submissionId),
      fresh.map((r) => r.receivedAt),
      fresh.map((r) => r.emailKey),
      fresh.map((r) => r.digest),
      fresh.map((r) => JSON.stringify(r.signup)),
      jobKind ?? null,
    ],
  });
  const inserted = new Set(rows.map((row) => row.submission_id));
  const outcomes = records.map((record, index) =>
    inserted.has(record.submissionId) && first.get(record.submissionId) === index ? 'stored' : undefined,
  );
  const others = records.filter((_, index) => !outcomes[index]);
  if (!others.length) return outcomes;
  // Copies of a sign-up already stored (by this batch, earlier, or another receiver).
  const stored = await client.query('SELECT submission_id, digest FROM signups WHERE submission_id = ANY($1::text[])', [
    [...new Set(others.map((r) => r.submissionId))],
  ]);
  const digests = new Map(stored.rows.map((row) => [row.submission_id, row.digest]));
  const gone = []; // erased between the two statements: inserted again below
  records.forEach((record, index) => {
    if (outcomes[index]) return;
    const digest = digests.get(record.submissionId);
    if (digest === undefined) gone.push(index);
    else outcomes[index] = digest === record.digest ? 'replayed' : 'conflict';
  });
  if (gone.length) {
    const again = await insertAll(
      client,
      gone.map((index) => records[index]),
      jobKind,
    );
    gone.forEach((index, i) => (outcomes[index] = again[i]));
  }
  return outcomes;
}

/** Brings the schema up to date, one receiver at a time. */
async function migrate(client) {
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await client.query(
    'CREATE TABLE IF NOT EXISTS receiver_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
  );
  const { rows } = await client.query('SELECT COALESCE(MAX(version), 0) AS version FROM receiver_migrations');
  const version = Number(rows[0].version);
  if (version > MIGRATIONS.length)
    throw new Error(`the database is at schema version ${version}, newer than this receiver knows`);
  for (let next = version; next < MIGRATIONS.length; next++) {
    await client.query(MIGRATIONS[next]);
    await client.query('INSERT INTO receiver_migrations (version, applied_at) VALUES ($1, now())', [next + 1]);
  }
  await client.query('COMMIT');
}

/** The URL without its password, for messages. */
function redactedUrl(databaseUrl) {
  const url = URL.parse(databaseUrl);
  if (!url) return 'DATABASE_URL';
  if (url.password) url.password = '***';
  return url.href;
}
