// One small interface, two engines with the same schema and behaviour: PostgreSQL when a
// DATABASE_URL is given (several receivers, one database), SQLite in DATA_DIR otherwise.
import { openPostgresStore } from './postgres.mjs';
import { openSqliteStore } from './sqlite.mjs';

export { StoreError } from './errors.mjs';

/**
 * @param {{ databaseUrl?: string, dataDir: string, listmonk?: object, optin?: object, onIdleError?: (error: Error) => void }} options
 *   With `listmonk` (or `optin`), every new sign-up is queued in the same transaction for the
 *   relay to Listmonk (or for its confirmation e-mail).
 */
export function openStore({ databaseUrl, dataDir, listmonk, optin, onIdleError }) {
  const jobKind = listmonk ? 'subscribe' : optin ? 'optin-mail' : undefined;
  return databaseUrl ? openPostgresStore({ databaseUrl, jobKind, onIdleError }) : openSqliteStore({ dataDir, jobKind });
}
