// Full-text search and autocode: the last search (every hit counted, one page on screen), which
// hits are chosen (all, per document, per hit, over every page), the code, unit and what to do with
// passages that already carry the code, what autocode would do (counts, and a page of passages),
// and the outcome of the one-step autocode.
import type { StateCreator } from 'zustand';
import type {
  AutocodeCounts,
  ExistingPassage,
  PreviewPassage,
  SearchPage,
} from '../../shared/api/contract-search';
import {
  chooseAll,
  chooseDocument,
  NOTHING_CHOSEN,
  toggleHit,
  type HitChoice,
  type HitRef,
} from '../../shared/coding/hit-choice';
import type { AutocodeUnit, SearchHit } from '../../shared/coding/types';
import { api } from '../api/client';
import type { Store } from './index';

/** Hits on one page of results, and passages on one page of the preview. */
export const HITS_PER_PAGE = 100;
export const PASSAGES_PER_PAGE = 50;

export interface AutocodeOutcome extends AutocodeCounts {
  /** What Ctrl+Z undid right after: while it still is, the outcome is current. */
  undoSummary: string | null;
}

export interface SearchSlice {
  searchQuery: string;
  searchedFor: string | null;
  /** The last search: its counts over every document and the page on screen. */
  searchPage: SearchPage | null;
  searching: boolean;
  hitChoice: HitChoice;
  autocodeCodeId: number | null;
  autocodeUnit: AutocodeUnit;
  autocodeExisting: ExistingPassage;
  /** What autocode would do with the chosen hits, for the settings in `planFor`. */
  autocodePlan: AutocodeCounts | null;
  planFor: string | null;
  /** The preview's page of passages, while the preview is shown. */
  preview: { offset: number; passages: PreviewPassage[] } | null;
  previewing: boolean;
  autocoding: boolean;
  autocodeOutcome: AutocodeOutcome | null;
  setSearchQuery: (query: string) => void;
  runSearch: (query?: string) => Promise<void>;
  showSearchPage: (offset: number) => Promise<void>;
  toggleHit: (hit: HitRef) => void;
  chooseDocumentHits: (documentId: number, chosen: boolean) => void;
  setAllHits: (chosen: boolean) => void;
  setAutocodeCode: (codeId: number | null) => void;
  setAutocodeUnit: (unit: AutocodeUnit) => void;
  setAutocodeExisting: (existing: ExistingPassage) => void;
  /** Counts what autocode would do with the current settings (cheap: no text is sent). */
  planAutocode: () => Promise<void>;
  showPreview: (offset?: number) => Promise<void>;
  hidePreview: () => void;
  applyAutocode: () => Promise<void>;
  openHit: (hit: SearchHit) => Promise<void>;
  resetSearch: () => void;
}

export const initialSearchState = {
  searchQuery: '',
  searchedFor: null,
  searchPage: null,
  searching: false,
  hitChoice: NOTHING_CHOSEN,
  autocodeCodeId: null,
  autocodeUnit: 'sentence',
  autocodeExisting: 'widen',
  autocodePlan: null,
  planFor: null,
  preview: null,
  previewing: false,
  autocoding: false,
  autocodeOutcome: null,
} satisfies Partial<SearchSlice>;

/** Everything the plan depends on, as one key. */
export function planKey(s: Pick<Store, keyof typeof initialSearchState>): string | null {
  if (s.searchedFor === null) return null;
  return JSON.stringify([
    s.searchedFor,
    s.autocodeUnit,
    s.autocodeCodeId,
    s.autocodeExisting,
    s.hitChoice,
  ]);
}

export const createSearchSlice: StateCreator<Store, [], [], SearchSlice> = (set, get) => {
  let searchRun = 0;
  let planRun = 0;
  let previewRun = 0;
  const settings = () => {
    const s = get();
    return {
      query: s.searchedFor ?? '',
      unit: s.autocodeUnit,
      codeId: s.autocodeCodeId,
      choice: s.hitChoice,
      existing: s.autocodeExisting,
    };
  };
  /** A change of what is chosen or how: the plan is counted again, a preview on screen follows. */
  const changed = (patch: Partial<SearchSlice>) => {
    set({ ...patch, autocodePlan: null, planFor: null });
    if (get().preview !== null) void get().showPreview(0);
  };

  return {
    ...initialSearchState,
    resetSearch() {
      // Answers still on their way belong to the project before.
      searchRun++;
      planRun++;
      previewRun++;
      set({ ...initialSearchState });
    },

    setSearchQuery: (searchQuery) => set({ searchQuery }),

    async runSearch(query = get().searchQuery) {
      const q = query.trim();
      set({ view: 'search', searchQuery: query });
      if (!q) return;
      const run = ++searchRun;
      set({ searching: true });
      try {
        const searchPage = await api.call('search.page', {
          query: q,
          offset: 0,
          limit: HITS_PER_PAGE,
        });
        if (run !== searchRun) return;
        planRun++;
        previewRun++;
        set({
          searchPage,
          searchedFor: q,
          hitChoice: NOTHING_CHOSEN,
          autocodePlan: null,
          planFor: null,
          preview: null,
          autocodeOutcome: null,
        });
      } catch (err) {
        if (run === searchRun) get().notifyError(err);
      } finally {
        if (run === searchRun) set({ searching: false });
      }
    },

    async showSearchPage(offset) {
      const query = get().searchedFor;
      if (query === null) return;
      const run = ++searchRun;
      set({ searching: true });
      try {
        const searchPage = await api.call('search.page', { query, offset, limit: HITS_PER_PAGE });
        if (run === searchRun) set({ searchPage });
      } catch (err) {
        if (run === searchRun) get().notifyError(err);
      } finally {
        if (run === searchRun) set({ searching: false });
      }
    },

    toggleHit: (hit) => changed({ hitChoice: toggleHit(get().hitChoice, hit) }),
    chooseDocumentHits: (documentId, chosen) =>
      changed({ hitChoice: chooseDocument(get().hitChoice, documentId, chosen) }),
    setAllHits: (chosen) => changed({ hitChoice: chooseAll(chosen) }),
    setAutocodeCode: (autocodeCodeId) => changed({ autocodeCodeId }),
    setAutocodeUnit: (autocodeUnit) => {
      if (autocodeUnit !== get().autocodeUnit) changed({ autocodeUnit });
    },
    setAutocodeExisting: (autocodeExisting) => {
      if (autocodeExisting !== get().autocodeExisting) changed({ autocodeExisting });
    },

    async planAutocode() {
      const key = planKey(get());
      if (key === null || get().planFor === key) return;
      const run = ++planRun;
      try {
        const counts = await api.call('autocode.preview', { ...settings(), offset: 0, limit: 0 });
        if (run === planRun) set({ autocodePlan: counts, planFor: key });
      } catch (err) {
        if (run === planRun) get().notifyError(err);
      }
    },

    async showPreview(offset = 0) {
      if (get().searchedFor === null) return;
      const key = planKey(get());
      const run = ++previewRun;
      set({ previewing: true });
      try {
        const answer = await api.call('autocode.preview', {
          ...settings(),
          offset,
          limit: PASSAGES_PER_PAGE,
        });
        if (run !== previewRun) return;
        const { page, offset: at, ...counts } = answer;
        set({ preview: { offset: at, passages: page }, autocodePlan: counts, planFor: key });
      } catch (err) {
        if (run === previewRun) get().notifyError(err);
      } finally {
        if (run === previewRun) set({ previewing: false });
      }
    },
    hidePreview() {
      previewRun++;
      set({ preview: null, previewing: false });
    },

    async applyAutocode() {
      const { autocodeCodeId } = get();
      if (autocodeCodeId === null || get().searchedFor === null) return;
      set({ autocoding: true });
      try {
        const result = await api.call('autocode.apply', {
          ...settings(),
          codeId: autocodeCodeId,
        });
        // The preview has done its work; the hits come back, with the outcome beside them.
        get().hidePreview();
        set({
          autocodeOutcome: { ...result.value, undoSummary: result.undo.undoSummary },
          undoState: result.undo,
          autocodePlan: null,
          planFor: null,
        });
        set({ autocoding: false });
        await get().refreshCoding();
        await get().loadDocuments();
      } catch (err) {
        set({ autocoding: false });
        get().notifyError(err);
      }
    },

    async openHit(hit) {
      await get().openForCoding(hit.documentId);
      if (get().codingDoc?.id === hit.documentId)
        get().setSelection({ start: hit.start, end: hit.end });
    },
  };
};
