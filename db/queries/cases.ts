// Queries for cases (being written).
import type { Database } from 'better-sqlite3';

export function createCaseQueries(_db: Database) {
  return {};
}
