// Pseudonymisation (view "Avidentifiering"): the last scan, the decisions saved since, the list's
// filter and sort, the scan's and the copy's progress, and the copy's report. Decisions are saved
// at once (each an undo step); a merge, an addition or a never-propose word scans again.
import type { StateCreator } from 'zustand';
import type { PseudoJob } from '../../shared/api/contract-pseudonymise';
import {
  DEFAULT_REVIEW_QUERY,
  scanBasis,
  type ReviewQuery,
} from '../../shared/pseudonymise/review';
import type {
  ApplyReport,
  Decision,
  PseudoKind,
  ReviewCandidate,
  ScanResult,
} from '../../shared/pseudonymise/types';
import { api } from '../api/client';
import type { Store } from './index';

const POLL_MS = 100;

export interface PseudoProgress {
  phase: 'scan' | 'copy';
  done: number;
  total: number;
  current: string | null;
}

export interface DecisionInput {
  text: string;
  kind: PseudoKind;
  status?: Decision['status'];
  replacement?: string | null;
  mergedInto?: string | null;
  added?: boolean;
}

export interface PseudonymiseSlice {
  pseudoScan: ScanResult | null;
  /** The decisions as saved now (the scan shows them as they were when it ran). */
  pseudoDecisions: Decision[];
  pseudoStopWords: string[];
  /** scanBasis() of the decisions the last scan ran with. */
  pseudoBasis: string;
  pseudoQuery: ReviewQuery;
  pseudoSelected: string | null;
  pseudoProgress: PseudoProgress | null;
  pseudoJobId: string | null;
  pseudoReport: { report: ApplyReport; path: string } | null;
  runPseudoScan: () => Promise<void>;
  setPseudoQuery: (query: Partial<ReviewQuery>) => void;
  selectPseudo: (text: string | null) => void;
  decidePseudo: (items: DecisionInput[]) => Promise<void>;
  forgetPseudo: (texts: string[]) => Promise<void>;
  setStopWord: (word: string, add: boolean) => Promise<void>;
  /** Reads the saved decisions again (after undo or redo) and scans again when they need it. */
  refreshPseudo: () => Promise<void>;
  createPseudoCopy: (out: string, key: string, acceptAll: boolean) => Promise<boolean>;
  cancelPseudo: () => Promise<void>;
  clearPseudoReport: () => void;
  resetPseudonymise: () => void;
}

export const initialPseudonymiseState = {
  pseudoScan: null,
  pseudoDecisions: [],
  pseudoStopWords: [],
  pseudoBasis: '',
  pseudoQuery: DEFAULT_REVIEW_QUERY,
  pseudoSelected: null,
  pseudoProgress: null,
  pseudoJobId: null,
  pseudoReport: null,
} satisfies Partial<PseudonymiseSlice>;

export const createPseudonymiseSlice: StateCreator<Store, [], [], PseudonymiseSlice> = (
  set,
  get,
) => {
  /** Answers for a project that is no longer open are dropped. */
  let generation = 0;

  type Done = Extract<PseudoJob, { status: 'done' }>;

  async function follow(jobId: string, run: number): Promise<Done | null> {
    for (;;) {
      const state = await api.call('pseudonymise.job', { jobId });
      if (run !== generation) return null;
      if (state.status === 'done') return state;
      set({
        pseudoProgress: {
          phase: state.phase,
          done: state.done,
          total: state.total,
          current: state.current,
        },
      });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async function saved(run: number): Promise<boolean> {
    const { decisions, stopWords } = await api.call('pseudonymise.decisions', {});
    if (run !== generation) return false;
    set({ pseudoDecisions: decisions, pseudoStopWords: stopWords });
    return true;
  }

  /** After a change: a new scan when the candidates themselves changed. */
  async function rescanIfNeeded(): Promise<void> {
    const { pseudoScan, pseudoDecisions, pseudoStopWords, pseudoBasis } = get();
    if (pseudoScan && scanBasis(pseudoDecisions, pseudoStopWords) !== pseudoBasis)
      await get().runPseudoScan();
  }

  return {
    ...initialPseudonymiseState,

    resetPseudonymise() {
      generation++;
      set({ ...initialPseudonymiseState });
    },

    async runPseudoScan() {
      const run = ++generation;
      try {
        set({ pseudoProgress: { phase: 'scan', done: 0, total: 0, current: null } });
        const { jobId } = await api.call('pseudonymise.scan', {});
        set({ pseudoJobId: jobId });
        const done = await follow(jobId, run);
        if (!done?.scan || !(await saved(run))) return;
        set({
          pseudoScan: done.scan,
          pseudoBasis: scanBasis(get().pseudoDecisions, get().pseudoStopWords),
        });
      } catch (err) {
        if (run === generation) get().notifyError(err);
      } finally {
        if (run === generation) set({ pseudoProgress: null, pseudoJobId: null });
      }
    },

    setPseudoQuery: (query) => set({ pseudoQuery: { ...get().pseudoQuery, ...query } }),
    selectPseudo: (pseudoSelected) => set({ pseudoSelected }),

    async decidePseudo(items) {
      try {
        const result = await api.call('pseudonymise.decide', { items });
        set({ pseudoDecisions: result.value, undoState: result.undo });
        await rescanIfNeeded();
      } catch (err) {
        get().notifyError(err);
      }
    },

    async forgetPseudo(texts) {
      try {
        const result = await api.call('pseudonymise.forget', { texts });
        set({ undoState: result.undo });
        await get().refreshPseudo();
      } catch (err) {
        get().notifyError(err);
      }
    },

    async setStopWord(word, add) {
      try {
        const result = await api.call('pseudonymise.stopWord', { word, add });
        set({ pseudoStopWords: result.value, undoState: result.undo });
        await rescanIfNeeded();
      } catch (err) {
        get().notifyError(err);
      }
    },

    async refreshPseudo() {
      if (!get().pseudoScan) return;
      try {
        if (await saved(generation)) await rescanIfNeeded();
      } catch (err) {
        get().notifyError(err);
      }
    },

    async createPseudoCopy(out, key, acceptAll) {
      const run = generation;
      try {
        set({
          pseudoReport: null,
          pseudoProgress: { phase: 'scan', done: 0, total: 0, current: null },
        });
        const { jobId } = await api.call('pseudonymise.apply', { out, key, acceptAll });
        set({ pseudoJobId: jobId });
        const done = await follow(jobId, run);
        if (!done?.report) return false;
        set({ pseudoReport: { report: done.report, path: done.path ?? out } });
        return true;
      } catch (err) {
        if (run === generation) get().notifyError(err);
        return false;
      } finally {
        if (run === generation) set({ pseudoProgress: null, pseudoJobId: null });
      }
    },

    async cancelPseudo() {
      const id = get().pseudoJobId;
      if (id) await api.call('pseudonymise.cancel', { jobId: id }).catch(() => undefined);
    },

    clearPseudoReport: () => set({ pseudoReport: null }),
  };
};

/** A candidate the list shows, by its text. */
export const findCandidate = (list: readonly ReviewCandidate[], text: string | null) =>
  text === null ? undefined : list.find((c) => c.text === text);
