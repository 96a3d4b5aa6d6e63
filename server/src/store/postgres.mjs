// The shared store: PostgreSQL through `pg`, so that several receivers behind a load balancer use
// one database. Idempotency is the unique constraint on submission_id: concurrent copies of one
// sign-up, on any receiver, wait for the first to commit and then find it.
import pg from 'pg';
import { StoreError } from './errors.mjs';

const MIGRATIONS = [
  `CREATE TABLE signups (
     id BIGSERIAL PRIMARY KEY,
     submission_id UUID NOT NULL UNIQUE,
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
    max: 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: 10_000,
    application_name: 'openllm-signup-receiver',
  });
  // A server restart drops idle connections; without a listener, that would stop the process.
  pool.on('error', onIdleError);
  let migrated;

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

    async add(record) {
      return use(async (client) => {
        for (;;) {
          const inserted = await client.query(
            `INSERT INTO signups (submission_id, received_at, email_key, digest, signup) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (submission_id) DO NOTHING`,
            [record.submissionId, record.receivedAt, record.emailKey, record.digest, JSON.stringify(record.signup)],
          );
          if (inserted.rowCount === 1) return 'stored';
          const existing = await client.query('SELECT digest FROM signups WHERE submission_id = $1', [
            record.submissionId,
          ]);
          // Gone between the two statements (an erasure): try the insert again.
          if (existing.rowCount) return existing.rows[0].digest === record.digest ? 'replayed' : 'conflict';
        }
      });
    },

    async page({ since, afterId = 0, limit = 500 }) {
      const { rows } = await use((client) =>
        client.query(
          'SELECT * FROM signups WHERE id > $1 AND received_at >= $2 ORDER BY id LIMIT $3',
          [afterId, since || '-infinity', limit],
        ),
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

/** Brings the schema up to date, one receiver at a time. */
async function migrate(client) {
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await client.query('CREATE TABLE IF NOT EXISTS receiver_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
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
