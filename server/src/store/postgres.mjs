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
});

/** Connects a pool to `databaseUrl`; `onIdleError` hears of connections the server dropped. */
export function openPostgresStore({ databaseUrl, onIdleError = () => undefined }) {
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
        client.query('SELECT * FROM signups WHERE id > $1 AND received_at >= $2 ORDER BY id LIMIT $3', [
          afterId,
          since || '-infinity',
          limit,
        ]),
      );
      return rows.map(toRecord);
    },

    async findByEmail(key) {
      const { rows } = await use((client) =>
        client.query('SELECT * FROM signups WHERE email_key = $1 ORDER BY id', [key]),
      );
      return rows.map(toRecord);
    },

    async erase(key, at) {
      return transaction(async (client) => {
        const { rowCount } = await client.query('DELETE FROM signups WHERE email_key = $1', [key]);
        await client.query('INSERT INTO erasures (erased_at, records) VALUES ($1, $2)', [at, rowCount]);
        return rowCount;
      });
    },

    async purge(before) {
      const { rowCount } = await use((client) => client.query('DELETE FROM signups WHERE received_at < $1', [before]));
      return rowCount;
    },

    async ping() {
      await use((client) => client.query('SELECT 1'));
    },

    async close() {
      await pool.end();
    },
  };
}

/** Inserts the records; resolves to each one's outcome: 'stored', 'replayed' or 'conflict'. */
async function insertAll(client, records) {
  const first = new Map(); // submissionId → index of its first copy in this batch
  records.forEach((record, index) => first.has(record.submissionId) || first.set(record.submissionId, index));
  const fresh = [...first.values()].map((index) => records[index]);
  const { rows } = await client.query({
    name: 'insert-signups', // prepared once per connection
    text: `INSERT INTO signups (submission_id, received_at, email_key, digest, signup)
           SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::json[])
           ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id`,
    values: [
      fresh.map((r) => r.submissionId),
      fresh.map((r) => r.receivedAt),
      fresh.map((r) => r.emailKey),
      fresh.map((r) => r.digest),
      fresh.map((r) => JSON.stringify(r.signup)),
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
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return 'DATABASE_URL';
  }
}
