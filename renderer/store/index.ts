// The one store: slices spread into a single zustand store. Actions call renderer/api; components
// never do I/O themselves.
import { create } from 'zustand';
import { createCodebookSlice, type CodebookSlice } from './codebook-slice';
import { createCodingSlice, type CodingSlice } from './coding-slice';
import { createCodingSelectSlice, type CodingSelectSlice } from './coding-select-slice';
import { createDocumentsSlice, type DocumentsSlice } from './documents-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createNotificationsSlice, type NotificationsSlice } from './notifications-slice';
import { createProjectSlice, type ProjectSlice } from './project-slice';
import { createProjectFileSlice, type ProjectFileSlice } from './project-file-slice';
import { createRetrievalSlice, type RetrievalSlice } from './retrieval-slice';
import { createSearchSlice, type SearchSlice } from './search-slice';
import { createStartSlice, type StartSlice } from './start-slice';
import { createSurveySlice, type SurveySlice } from './survey-slice';
import { createTablesSlice, type TablesSlice } from './tables-slice';
import { createPseudonymiseSlice, type PseudonymiseSlice } from './pseudonymise-slice';
import { createAgreementSlice, type AgreementSlice } from './agreement-slice';

export type Store = StartSlice &
  ProjectSlice &
  ProjectFileSlice &
  DocumentsSlice &
  ImportSlice &
  CodingSlice &
  CodingSelectSlice &
  CodebookSlice &
  RetrievalSlice &
  SearchSlice &
  NotificationsSlice &
  SurveySlice &
  TablesSlice &
  PseudonymiseSlice &
  AgreementSlice;

export const useStore = create<Store>()((...a) => ({
  ...createStartSlice(...a),
  ...createProjectSlice(...a),
  ...createProjectFileSlice(...a),
  ...createDocumentsSlice(...a),
  ...createImportSlice(...a),
  ...createCodingSlice(...a),
  ...createCodingSelectSlice(...a),
  ...createRetrievalSlice(...a),
  ...createSearchSlice(...a),
  ...createCodebookSlice(...a),
  ...createNotificationsSlice(...a),
  ...createSurveySlice(...a),
  ...createTablesSlice(...a),
  ...createPseudonymiseSlice(...a),
  ...createAgreementSlice(...a),
}));
