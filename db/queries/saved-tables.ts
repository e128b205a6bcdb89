// Queries for saved-tables (being written).
import type { Database } from 'better-sqlite3';

export function createSavedTableQueries(_db: Database) {
  return {};
}
