// One small interface, two engines with the same schema and behaviour: PostgreSQL when a
// DATABASE_URL is given (several receivers, one database), SQLite in DATA_DIR otherwise.
import { openPostgresStore } from './postgres.mjs';
import { openSqliteStore } from './sqlite.mjs';

export { StoreError } from './errors.mjs';

/**
 * @param {{ databaseUrl?: string, dataDir: string, listmonk?: object, onIdleError?: (error: Error) => void }} options
 *   With `listmonk`, every new sign-up is queued for the relay in the same transaction.
 */
export function openStore({ databaseUrl, dataDir, listmonk, onIdleError }) {
  const relay = Boolean(listmonk);
  return databaseUrl ? openPostgresStore({ databaseUrl, relay, onIdleError }) : openSqliteStore({ dataDir, relay });
}
