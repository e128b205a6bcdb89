// Selecting text in the coding view beyond a drag: where a selection began (its anchor), so that
// Shift+click and Shift+arrows move only its other end, across screens of a long transcript; the
// place last clicked, whose paragraph or turn Alt+P and Alt+T select; and in-vivo coding.
import type { StateCreator } from 'zustand';
import { snapToWords, type TextRange } from '../../shared/coding/ranges';
import { paragraphAt, stepParagraph, stepWord, turnAt } from '../../shared/coding/selection-steps';
import { toBlocks, type Block } from '../../shared/documents/blocks';
import type { DocumentContent } from '../../shared/documents/types';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';

export interface CodingSelectSlice {
  /** The end of the selection that stays put while the other one moves. */
  selectionAnchor: number | null;
  /** Where the researcher last clicked in the transcript. */
  caret: number | null;
  /** Selects from `anchor` to `focus`, snapped to whole words; `exact` (a whole paragraph or
   * turn) keeps the punctuation at its ends and trims only whitespace. */
  selectFrom: (anchor: number, focus: number, exact?: boolean) => void;
  /** Moves the selection's free end to `to` (Shift+click). */
  extendSelection: (to: number) => void;
  /** Moves the free end a word or a paragraph (Shift+arrows). */
  stepSelection: (step: 'word' | 'paragraph', forward: boolean) => void;
  setCaret: (at: number | null) => void;
  /** Selects the paragraph or turn at the selection, the passage or the place last clicked. */
  selectUnit: (unit: 'paragraph' | 'turn') => void;
  /** Codes the selection with a new code named by its words. */
  codeInVivo: () => Promise<void>;
  resetCodingSelect: () => void;
}

export const initialCodingSelectState = {
  selectionAnchor: null,
  caret: null,
} satisfies Partial<CodingSelectSlice>;

/** The range without the whitespace at its ends; null when nothing else is in it. */
function trimSpace(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

const blocksOf = new WeakMap<DocumentContent, Block[]>();
function blocks(doc: DocumentContent): Block[] {
  let list = blocksOf.get(doc);
  if (!list) {
    list = toBlocks(doc);
    blocksOf.set(doc, list);
  }
  return list;
}

export const createCodingSelectSlice: StateCreator<Store, [], [], CodingSelectSlice> = (
  set,
  get,
) => {
  const attempt = attemptWith(get);
  /** The selection's fixed end: its anchor when that is one of its ends, else its start. */
  const anchorOf = () => {
    const { selection, selectionAnchor } = get();
    if (!selection) return null;
    return selectionAnchor === selection.start || selectionAnchor === selection.end
      ? selectionAnchor
      : selection.start;
  };
  /** Where the keys act: the selection's free end, the chosen passage, or the last click. */
  const place = () => {
    const { selection, selectedSegmentId, segments, caret } = get();
    const anchor = anchorOf();
    if (selection && anchor !== null)
      return anchor === selection.start ? selection.end - 1 : selection.start;
    const segment = segments.find((s) => s.id === selectedSegmentId);
    return segment ? segment.start : caret;
  };

  return {
    ...initialCodingSelectState,
    resetCodingSelect: () => set({ ...initialCodingSelectState }),

    selectFrom(anchor, focus, exact = false) {
      const doc = get().codingDoc;
      if (!doc) return;
      const [a, b] = [Math.min(anchor, focus), Math.max(anchor, focus)];
      const snapped = exact ? trimSpace(doc.text, a, b) : snapToWords(doc.text, a, b);
      if (!snapped) return;
      get().setSelection(snapped);
      // Snapping may move the anchor to its word's edge; the far end stays where it was.
      const fixed = anchor <= focus ? snapped.start : snapped.end;
      if (get().selection) set({ selectionAnchor: fixed, caret: null });
    },

    extendSelection(to) {
      const anchor = anchorOf() ?? get().caret;
      if (anchor === null) return;
      get().selectFrom(anchor, to);
    },

    stepSelection(step, forward) {
      const { codingDoc: doc, selection } = get();
      const anchor = anchorOf();
      if (!doc || !selection || anchor === null) return;
      const focus = anchor === selection.start ? selection.end : selection.start;
      const to =
        step === 'word'
          ? stepWord(doc.text, focus, forward)
          : stepParagraph(blocks(doc), focus, forward);
      // A paragraph step lands on a paragraph's edge: its closing full stop stays selected.
      if (to !== focus) get().selectFrom(anchor, to, step === 'paragraph');
    },

    setCaret: (caret) => set({ caret }),

    selectUnit(unit) {
      const doc = get().codingDoc;
      const at = place();
      if (!doc || at === null) return;
      const range =
        unit === 'paragraph' ? paragraphAt(blocks(doc), at) : turnAt(blocks(doc), doc.turns, at);
      if (range) get().selectFrom(range.start, range.end, true);
    },

    async codeInVivo() {
      const { codingDoc: doc, selection } = get();
      if (!doc || !selection) return;
      await attempt(async () => {
        const result = await api.call('segments.codeInVivo', {
          documentId: doc.id,
          start: selection.start,
          end: selection.end,
        });
        set({
          selectedSegmentId: result.value.segment.id,
          selection: null,
          selectionAnchor: null,
          undoState: result.undo,
        });
        await get().refreshCoding();
      });
    },
  };
};
