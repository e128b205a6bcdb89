// Full-text search and autocode: the hits of the last search, which of them are ticked, the code and
// unit to autocode with, the widened passages (preview), and the outcome of the one-step autocode.
import type { StateCreator } from 'zustand';
import type { AutocodeUnit, SearchHit } from '../../shared/coding/types';
import { api } from '../api/client';
import type { Store } from './index';

/** The most hits one search lists; the preview asks for the same, so hits match one to one. */
export const SEARCH_LIMIT = 200;

export type PreviewHit = SearchHit & { unitStart: number; unitEnd: number };

export interface AutocodeOutcome {
  created: number;
  extended: number;
  /** What Ctrl+Z undid right after: while it still is, the outcome is current. */
  undoSummary: string | null;
}

export interface Progress {
  done: number;
  total: number;
  current: string | null;
}

export const hitKey = (h: Pick<SearchHit, 'documentId' | 'start' | 'end'>) =>
  `${h.documentId}:${h.start}:${h.end}`;

export interface SearchSlice {
  searchQuery: string;
  searchedFor: string | null;
  searchHits: SearchHit[] | null;
  searching: boolean;
  checkedHits: ReadonlySet<string>;
  autocodeCodeId: number | null;
  autocodeUnit: AutocodeUnit;
  /** Every hit of the last search widened to `autocodeUnit` (offsets only). */
  widened: PreviewHit[] | null;
  widenedFor: string | null;
  /** Texts of the documents the shown preview needs, by id. */
  previewTexts: Record<number, string> | null;
  previewProgress: Progress | null;
  autocoding: boolean;
  autocodeOutcome: AutocodeOutcome | null;
  setSearchQuery: (query: string) => void;
  runSearch: (query?: string) => Promise<void>;
  toggleHit: (key: string) => void;
  setAllHits: (checked: boolean) => void;
  setAutocodeCode: (codeId: number | null) => void;
  setAutocodeUnit: (unit: AutocodeUnit) => void;
  /** Widens every hit to the unit (cheap: offsets only), so the count of passages is known. */
  widenHits: () => Promise<void>;
  showPreview: () => Promise<void>;
  hidePreview: () => void;
  applyAutocode: () => Promise<void>;
  openHit: (hit: SearchHit) => Promise<void>;
  resetSearch: () => void;
}

export const initialSearchState = {
  searchQuery: '',
  searchedFor: null,
  searchHits: null,
  searching: false,
  checkedHits: new Set<string>(),
  autocodeCodeId: null,
  autocodeUnit: 'sentence',
  widened: null,
  widenedFor: null,
  previewTexts: null,
  previewProgress: null,
  autocoding: false,
  autocodeOutcome: null,
} satisfies Partial<SearchSlice>;

export const createSearchSlice: StateCreator<Store, [], [], SearchSlice> = (set, get) => {
  let searchRun = 0;
  let widenRun = 0;
  let previewRun = 0;
  const texts = new Map<number, string>();
  /** A preview on screen follows the ticks and the unit. */
  const refreshPreview = () => {
    if (get().previewTexts !== null) void get().showPreview();
  };

  return {
    ...initialSearchState,
    resetSearch() {
      // Answers still on their way, and the texts kept by document id, belong to the project before.
      searchRun++;
      widenRun++;
      previewRun++;
      texts.clear();
      set({ ...initialSearchState, checkedHits: new Set() });
    },

    setSearchQuery: (searchQuery) => set({ searchQuery }),

    async runSearch(query = get().searchQuery) {
      const q = query.trim();
      set({ view: 'search', searchQuery: query });
      if (!q) return;
      const run = ++searchRun;
      set({ searching: true });
      try {
        const searchHits = await api.call('search.text', { query: q, limit: SEARCH_LIMIT });
        if (run !== searchRun) return;
        // Documents may have changed since the last search; read their texts again when needed.
        texts.clear();
        set({
          searchHits,
          searchedFor: q,
          checkedHits: new Set(),
          widened: null,
          widenedFor: null,
          previewTexts: null,
          autocodeOutcome: null,
        });
      } catch (err) {
        if (run === searchRun) get().notifyError(err);
      } finally {
        if (run === searchRun) set({ searching: false });
      }
    },

    toggleHit(key) {
      const next = new Set(get().checkedHits);
      if (!next.delete(key)) next.add(key);
      set({ checkedHits: next });
      refreshPreview();
    },
    setAllHits(checked) {
      set({ checkedHits: new Set(checked ? (get().searchHits ?? []).map(hitKey) : []) });
      refreshPreview();
    },
    setAutocodeCode: (autocodeCodeId) => set({ autocodeCodeId }),
    setAutocodeUnit: (autocodeUnit) => {
      if (autocodeUnit === get().autocodeUnit) return;
      set({ autocodeUnit, widened: null, widenedFor: null });
      refreshPreview();
    },

    async widenHits() {
      const { searchedFor, autocodeUnit } = get();
      if (!searchedFor) return;
      const key = `${autocodeUnit}\n${searchedFor}`;
      if (get().widenedFor === key) return;
      const run = ++widenRun;
      try {
        const { hits } = await api.call('autocode.preview', {
          query: searchedFor,
          unit: autocodeUnit,
          limit: SEARCH_LIMIT,
        });
        if (run === widenRun) set({ widened: hits, widenedFor: key });
      } catch (err) {
        if (run === widenRun) get().notifyError(err);
      }
    },

    async showPreview() {
      await get().widenHits();
      const { widened, checkedHits, searchHits } = get();
      if (!widened) return;
      const names = new Map((searchHits ?? []).map((h) => [h.documentId, h.document]));
      const needed = [
        ...new Set(widened.filter((h) => checkedHits.has(hitKey(h))).map((h) => h.documentId)),
      ].filter((id) => !texts.has(id));
      const run = ++previewRun;
      try {
        for (const [i, id] of needed.entries()) {
          set({
            previewProgress: { done: i, total: needed.length, current: names.get(id) ?? null },
          });
          const content = await api.call('documents.content', { ref: id });
          if (run !== previewRun) return;
          texts.set(id, content.text);
        }
        set({ previewTexts: Object.fromEntries(texts) });
      } catch (err) {
        if (run === previewRun) get().notifyError(err);
      } finally {
        if (run === previewRun) set({ previewProgress: null });
      }
    },
    hidePreview() {
      previewRun++;
      set({ previewTexts: null, previewProgress: null });
    },

    async applyAutocode() {
      const { autocodeCodeId, autocodeUnit, searchHits, checkedHits } = get();
      const hits = (searchHits ?? [])
        .filter((h) => checkedHits.has(hitKey(h)))
        .map(({ documentId, start, end }) => ({ documentId, start, end }));
      if (autocodeCodeId === null || hits.length === 0) return;
      set({ autocoding: true });
      try {
        const result = await api.call('autocode.apply', {
          codeId: autocodeCodeId,
          unit: autocodeUnit,
          hits,
        });
        // The preview has done its work; the hits come back, with the outcome beside them.
        get().hidePreview();
        set({
          autocodeOutcome: { ...result.value, undoSummary: result.undo.undoSummary },
          undoState: result.undo,
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
