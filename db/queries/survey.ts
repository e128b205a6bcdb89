// Queries for survey (being written).
import type { Database } from 'better-sqlite3';

export function createSurveyQueries(_db: Database) {
  return {};
}
