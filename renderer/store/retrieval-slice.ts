// Retrieval of coded passages: the query being built, the list it retrieved (with the query that
// retrieved it, so exports hold what the screen shows), the export of that list, and the jump from
// a passage to its place in the coding view.
import type { StateCreator } from 'zustand';
import type { ExportedFile, ExportFormat } from '../../shared/api/contract-export';
import type { RetrievedSegment } from '../../shared/coding/types';
import { api } from '../api/client';
import type { Store } from './index';

export type RoleFilter = 'participant' | 'interviewer' | 'none';

export interface RetrievalQuery {
  all: number[];
  any: number[];
  none: number[];
  /** Attribute name -> the values allowed; an attribute left out allows every value. */
  attributes: Record<string, string[]>;
  roles: RoleFilter[];
}

export interface ExportRequest {
  format: ExportFormat;
  title: string;
  description: string;
  language: 'sv' | 'en';
  delimiter: ';' | ',';
}

/** The most passages one retrieval lists (and exports). */
export const RETRIEVAL_LIMIT = 10_000;

export const EMPTY_RETRIEVAL: RetrievalQuery = {
  all: [],
  any: [],
  none: [],
  attributes: {},
  roles: ['participant', 'none'],
};

export interface RetrievalSlice {
  retrievalQuery: RetrievalQuery;
  retrieved: RetrievedSegment[] | null;
  retrievedFor: RetrievalQuery | null;
  retrieving: boolean;
  exporting: ExportFormat | null;
  setRetrievalQuery: (change: Partial<RetrievalQuery>) => void;
  clearRetrievalQuery: () => void;
  runRetrieval: (query?: RetrievalQuery) => Promise<void>;
  /** The file of the listed passages, or null when it failed or was cancelled. */
  exportRetrieved: (request: ExportRequest) => Promise<ExportedFile | null>;
  cancelExport: () => void;
  openRetrieved: (segment: RetrievedSegment) => Promise<void>;
  resetRetrieval: () => void;
}

export const initialRetrievalState = {
  retrievalQuery: EMPTY_RETRIEVAL,
  retrieved: null,
  retrievedFor: null,
  retrieving: false,
  exporting: null,
} satisfies Partial<RetrievalSlice>;

function toInput(q: RetrievalQuery) {
  return {
    codes: { all: q.all, any: q.any, none: q.none },
    attributes: Object.fromEntries(Object.entries(q.attributes).filter(([, v]) => v.length > 0)),
    speakerRoles: q.roles,
    limit: RETRIEVAL_LIMIT,
  };
}

export const createRetrievalSlice: StateCreator<Store, [], [], RetrievalSlice> = (set, get) => {
  // Each export gets a number; cancelling moves it on, so a late file is dropped, not downloaded.
  let exportRun = 0;
  let retrieveRun = 0;

  return {
    ...initialRetrievalState,
    resetRetrieval() {
      // A retrieval or export still under way belongs to the project before: drop its answer.
      retrieveRun++;
      exportRun++;
      set({ ...initialRetrievalState });
    },

    setRetrievalQuery: (change) =>
      set((s) => ({ retrievalQuery: { ...s.retrievalQuery, ...change } })),
    clearRetrievalQuery: () => set({ retrievalQuery: EMPTY_RETRIEVAL }),

    async runRetrieval(query = get().retrievalQuery) {
      const run = ++retrieveRun;
      set({ retrieving: true });
      try {
        const retrieved = await api.call('segments.retrieve', toInput(query));
        if (run === retrieveRun) set({ retrieved, retrievedFor: query });
      } catch (err) {
        if (run === retrieveRun) get().notifyError(err);
      } finally {
        if (run === retrieveRun) set({ retrieving: false });
      }
    },

    async exportRetrieved(request) {
      const query = get().retrievedFor;
      if (!query) return null;
      const run = ++exportRun;
      set({ exporting: request.format });
      try {
        const file = await api.call('segments.export', { ...toInput(query), ...request });
        return run === exportRun ? file : null;
      } catch (err) {
        if (run === exportRun) get().notifyError(err);
        return null;
      } finally {
        if (run === exportRun) set({ exporting: null });
      }
    },
    cancelExport() {
      exportRun++;
      set({ exporting: null });
    },

    async openRetrieved(segment) {
      await get().openForCoding(segment.documentId);
      if (get().codingDoc?.id === segment.documentId) get().selectSegment(segment.id);
    },
  };
};
