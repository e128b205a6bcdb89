// What a project change clears: every slice's own reset, run whenever a project is created, opened
// or closed, so that nothing of one project (queries, results, selection, search, tables,
// notices) is ever shown or used in another. A new slice adds its reset here.
import type { Store } from './index';

/** State that belongs to the app, not to a project: it survives a project change. */
export const APP_STATE_KEYS = [
  'appInfo',
  'recent',
  'busy',
] as const satisfies readonly (keyof Store)[];

export function resetForProjectChange(store: Store): void {
  store.resetProject();
  store.resetProjectFile();
  store.resetDocuments();
  store.resetImport();
  store.resetCoding();
  store.resetCodingSelect();
  store.resetCodebook();
  store.resetRetrieval();
  store.resetSearch();
  store.resetNotifications();
  store.resetSurvey();
  store.resetTables();
  store.resetPseudonymise();
  store.resetAgreement();
}
