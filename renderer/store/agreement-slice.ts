// Samstämmighet: which coders, codes, documents and unit to compare, the comparison shown (with the
// query that computed it, so exports hold what the screen shows), settling a disagreement, and
// merging a coder's copy of the project (Utbyte -> Sammanfoga projekt…).
import type { StateCreator } from 'zustand';
import type { MergeReport } from '../../shared/agreement/merge-report';
import type { AgreementResult, Disagreement } from '../../shared/agreement/types';
import type { AgreementQuery } from '../../shared/api/contract-agreement';
import type { ExportedFile } from '../../shared/api/contract-export';
import type { TableExportFormat } from '../../shared/api/contract-tables';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';

export const EMPTY_AGREEMENT_QUERY: AgreementQuery = {
  coders: [],
  codes: [],
  documents: [],
  unit: 'paragraph',
  overlap: null,
  disagreementLimit: 1000,
};

export interface AgreementSlice {
  /** Everyone who has coded in the project, to choose from. */
  agreementCoders: string[];
  agreementDraft: AgreementQuery;
  agreementShown: AgreementResult | null;
  agreementShownFor: AgreementQuery | null;
  agreementComputing: boolean;
  agreementExporting: TableExportFormat | null;
  mergeRunning: boolean;
  mergeReport: MergeReport | null;
  loadAgreementView: () => Promise<void>;
  setAgreementDraft: (change: Partial<AgreementQuery>) => void;
  computeAgreement: (query?: AgreementQuery) => Promise<void>;
  exportAgreement: (request: {
    format: TableExportFormat;
    delimiter: ';' | ',';
    language: 'sv' | 'en';
  }) => Promise<ExportedFile | null>;
  /** Keeps `keep`'s coding there for every compared coder (null: every coder's codes). */
  settleDisagreement: (d: Disagreement, keep: string | null) => Promise<void>;
  /** Opens the stretch (or a passage) in Kodning, selected and scrolled to. */
  jumpToDisagreement: (d: Pick<Disagreement, 'documentId' | 'start' | 'end'>) => Promise<void>;
  jumpToPassage: (documentId: number, segmentId: number) => Promise<void>;
  mergeCopies: (paths: string[], addDiffering: boolean) => Promise<boolean>;
  clearMergeReport: () => void;
  resetAgreement: () => void;
}

export const initialAgreementState = {
  agreementCoders: [],
  agreementDraft: EMPTY_AGREEMENT_QUERY,
  agreementShown: null,
  agreementShownFor: null,
  agreementComputing: false,
  agreementExporting: null,
  mergeRunning: false,
  mergeReport: null,
} satisfies Partial<AgreementSlice>;

export const createAgreementSlice: StateCreator<Store, [], [], AgreementSlice> = (set, get) => {
  let computeRun = 0;
  const attempt = attemptWith(get);

  return {
    ...initialAgreementState,
    resetAgreement() {
      computeRun++;
      set({ ...initialAgreementState });
    },

    async loadAgreementView() {
      const coders = await attempt(() => api.call('coders.list', {}));
      if (!coders) return;
      const draft = get().agreementDraft;
      // The first two coders are proposed until she chooses herself.
      const chosen = draft.coders.filter((c) => coders.includes(c));
      set({
        agreementCoders: coders,
        agreementDraft: { ...draft, coders: chosen.length > 0 ? chosen : coders.slice(0, 2) },
      });
    },

    setAgreementDraft: (change) => set({ agreementDraft: { ...get().agreementDraft, ...change } }),

    async computeAgreement(query = get().agreementDraft) {
      const run = ++computeRun;
      set({ agreementComputing: true });
      try {
        const result = await api.call('agreement.compute', query);
        if (run === computeRun) set({ agreementShown: result, agreementShownFor: query });
      } catch (err) {
        if (run === computeRun) get().notifyError(err);
      } finally {
        if (run === computeRun) set({ agreementComputing: false });
      }
    },

    async exportAgreement({ format, delimiter, language }) {
      const query = get().agreementShownFor;
      if (!query) return null;
      set({ agreementExporting: format });
      try {
        return await api.call('agreement.export', { query, format, delimiter, language });
      } catch (err) {
        get().notifyError(err);
        return null;
      } finally {
        set({ agreementExporting: null });
      }
    },

    async settleDisagreement(d, keep) {
      const query = get().agreementShownFor;
      if (!query) return;
      const codeIds = [...new Set(Object.values(d.codes).flat())];
      const done = await attempt(() =>
        api.call('agreement.settle', {
          documentId: d.documentId,
          start: d.start,
          end: d.end,
          codeIds,
          coders: query.coders,
          keep,
        }),
      );
      if (!done) return;
      set({ undoState: done.undo });
      // The coding changed: the view counts again when the code counts move (AgreementPanel).
      await get().refreshCoding();
    },

    async jumpToDisagreement(d) {
      await get().openForCoding(d.documentId);
      if (get().codingDoc?.id === d.documentId) get().setSelection({ start: d.start, end: d.end });
    },

    async jumpToPassage(documentId, segmentId) {
      await get().openForCoding(documentId);
      if (get().codingDoc?.id === documentId) get().selectSegment(segmentId);
    },

    async mergeCopies(paths, addDiffering) {
      set({ mergeRunning: true, mergeReport: null });
      try {
        const { value, undo } = await api.call('project.merge', { paths, addDiffering });
        set({ mergeReport: value, undoState: undo });
        await Promise.all([
          get().loadDocuments(),
          get().refreshCoding(),
          get().loadAgreementView(),
        ]);
        return true;
      } catch (err) {
        get().notifyError(err);
        return false;
      } finally {
        set({ mergeRunning: false });
      }
    },

    clearMergeReport: () => set({ mergeReport: null }),
  };
};
