// The coding workspace: the transcript being coded, its segments, the current selection, the
// coder's name, and undo/redo. Every change reloads what it touched, so the screen shows what is
// saved; every change also returns what Ctrl+Z would undo. A coding key (apply-code.ts) paints its
// passage at once, provisional (pending-saves.ts) until the server's answer replaces it or takes it
// back with the reason, so coding feels immediate.
import type { StateCreator } from 'zustand';
import type { HistoryEntry, Segment, UndoState } from '../../shared/coding/types';
import type { DocumentContent } from '../../shared/documents/types';
import { keepProvisional, keepUnchanged } from '../../shared/coding/segment-list';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';
import { applyCodeWith } from './apply-code';
import { PendingSaves } from './pending-saves';

export interface Selection {
  start: number;
  end: number;
}

export interface CodingSlice {
  codingDoc: DocumentContent | null;
  segments: Segment[];
  selection: Selection | null;
  selectedSegmentId: number | null;
  coderName: string | null;
  undoState: UndoState;
  /** The audit trail as last read (the Historik dialog); null until asked for. */
  historyEntries: HistoryEntry[] | null;
  loadHistory: () => Promise<void>;
  codeCounts: Record<number, number>;
  paletteOpen: boolean;
  /** While set, the next text selection becomes this segment's new boundaries. */
  rangeEditFor: number | null;
  setRangeEditFor: (segmentId: number | null) => void;
  openForCoding: (documentId: number) => Promise<void>;
  setSelection: (selection: Selection | null) => void;
  selectSegment: (id: number | null) => void;
  applyCode: (codeId: number) => Promise<void>;
  removeCode: (segmentId: number, codeId: number) => Promise<void>;
  deleteSegment: (segmentId: number) => Promise<void>;
  setSegmentMemo: (segmentId: number, memo: string) => Promise<void>;
  setSegmentRange: (segmentId: number, start: number, end: number) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Reads the undo state again (when the window gets focus: another program may have written). */
  refreshUndo: () => Promise<void>;
  setCoder: (name: string) => Promise<void>;
  setPaletteOpen: (open: boolean) => void;
  refreshCoding: () => Promise<void>;
  resetCoding: () => void;
}

const NO_UNDO: UndoState = {
  canUndo: false,
  canRedo: false,
  undoSummary: null,
  redoSummary: null,
  undoLabel: null,
  redoLabel: null,
  undoId: null,
  redoId: null,
};

export const initialCodingState = {
  codingDoc: null,
  segments: [],
  selection: null,
  selectedSegmentId: null,
  coderName: null,
  undoState: NO_UNDO,
  historyEntries: null,
  codeCounts: {},
  paletteOpen: false,
  rangeEditFor: null,
} satisfies Partial<CodingSlice>;

export const createCodingSlice: StateCreator<Store, [], [], CodingSlice> = (set, get) => {
  const attempt = attemptWith(get);
  const pending = new PendingSaves();
  return {
    ...initialCodingState,
    resetCoding: () => set({ ...initialCodingState }),
    setRangeEditFor: (rangeEditFor) => set({ rangeEditFor }),

    async openForCoding(documentId) {
      await attempt(async () => {
        const [codingDoc, segments, coder, undoState, codeCounts] = await Promise.all([
          api.call('documents.content', { ref: documentId }),
          api.call('segments.list', { documentId }),
          api.call('coder.get', {}),
          api.call('history.state', {}),
          api.call('codes.counts', {}),
        ]);
        set({
          codingDoc,
          segments,
          coderName: coder.name,
          undoState,
          codeCounts,
          selection: null,
          selectedSegmentId: null,
          view: 'coding',
        });
      });
    },

    /** Reloads segments, counts, codebook and undo state after any change (or undo/redo). */
    async refreshCoding() {
      const doc = get().codingDoc;
      const [segments, codeCounts, codes, undoState] = await Promise.all([
        doc ? api.call('segments.list', { documentId: doc.id }) : Promise.resolve([]),
        api.call('codes.counts', {}),
        api.call('codes.list', {}),
        api.call('history.state', {}),
      ]);
      const selected = get().selectedSegmentId;
      // Passages still being saved stay; unchanged ones stay the same objects, so the transcript
      // draws again only what changed.
      const shown = keepUnchanged(get().segments, keepProvisional(segments, get().segments));
      set({
        segments: shown,
        codeCounts,
        codes,
        undoState,
        selectedSegmentId: shown.some((s) => s.id === selected) ? selected : null,
      });
    },

    setSelection: (selection) => {
      const editing = get().rangeEditFor;
      if (editing !== null && selection) {
        set({ rangeEditFor: null, selection: null, selectedSegmentId: editing });
        void get().setSegmentRange(editing, selection.start, selection.end);
        return;
      }
      set({ selection, selectedSegmentId: null });
    },
    selectSegment: (id) => set({ selectedSegmentId: id, selection: null }),

    applyCode: applyCodeWith(set, get, pending),

    async removeCode(segmentId, codeId) {
      const segment = get().segments.find((s) => s.id === segmentId);
      if (!segment) return;
      const id = await pending.savedId(segmentId);
      if (id === null) return;
      await attempt(async () => {
        const rest = segment.codes.map((c) => c.id).filter((c) => c !== codeId);
        if (rest.length === 0) await api.call('segments.delete', { ids: [id] });
        else await api.call('segments.update', { id, codeIds: rest });
        await get().refreshCoding();
      });
    },

    // A passage still being saved is changed once it is saved (savedId waits for that).
    async deleteSegment(segmentId) {
      const id = await pending.savedId(segmentId);
      if (id === null) return;
      await attempt(async () => {
        await api.call('segments.delete', { ids: [id] });
        set({ selectedSegmentId: null });
        await get().refreshCoding();
      });
    },

    async setSegmentMemo(segmentId, memo) {
      const id = await pending.savedId(segmentId);
      if (id === null) return;
      await attempt(async () => {
        await api.call('segments.update', { id, memo });
        await get().refreshCoding();
      });
    },

    async setSegmentRange(segmentId, start, end) {
      const id = await pending.savedId(segmentId);
      if (id === null) return;
      await attempt(async () => {
        await api.call('segments.update', { id, start, end });
        await get().refreshCoding();
      });
    },

    // The button's entry goes along, so that Ctrl+Z takes back exactly what the button names even
    // when another window or program changed the project meanwhile; afterwards (done or refused:
    // busy, moved) the screen shows the file as it is now.
    async undo() {
      await pending.settled(); // a coding key's save first: Ctrl+Z right after it takes that one back
      const expected = get().undoState.undoId ?? undefined;
      await attempt(() => api.call('history.undo', { expected }));
      await attempt(async () => {
        await get().reloadDocuments();
        await get().refreshCoding();
        await get().refreshPseudo();
      });
    },
    async redo() {
      await pending.settled();
      const expected = get().undoState.redoId ?? undefined;
      await attempt(() => api.call('history.redo', { expected }));
      await attempt(async () => {
        await get().reloadDocuments();
        await get().refreshCoding();
        await get().refreshPseudo();
      });
    },
    async loadHistory() {
      set({ historyEntries: null });
      const entries = await attempt(() => api.call('history.list', { limit: 500 }));
      if (entries) set({ historyEntries: entries });
    },
    async refreshUndo() {
      if (!get().project) return;
      await attempt(async () => set({ undoState: await api.call('history.state', {}) }));
    },

    async setCoder(name) {
      await attempt(async () => set({ coderName: (await api.call('coder.set', { name })).name }));
    },
    setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  };
};
