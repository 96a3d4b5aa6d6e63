// One small interface, two engines with the same schema and behaviour: PostgreSQL when a
// DATABASE_URL is given (several receivers, one database), SQLite in DATA_DIR otherwise.
import { openPostgresStore } from './postgres.mjs';
import { openSqliteStore } from './sqlite.mjs';

export { StoreError } from './errors.mjs';

/**
 * @param {{ databaseUrl?: string, dataDir: string, onIdleError?: (error: Error) => void }} options
 */
export function openStore({ databaseUrl, dataDir, onIdleError }) {
  return databaseUrl ? openPostgresStore({ databaseUrl, onIdleError }) : openSqliteStore({ dataDir });
}
