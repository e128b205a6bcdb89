// Editing the codebook (Kodbok): the chosen code, its memo, the project journal and memo search.
// Every change goes to the project and then reloads codes, counts and undo state (refreshCoding),
// so the screen always shows what is saved and Ctrl+Z knows what it would take back.
import type { StateCreator } from 'zustand';
import type { Input } from '../../shared/api/contract';
import type { CodeUsage } from '../../shared/api/contract-coding';
import type { Memo } from '../../shared/coding/types';
import { api } from '../api/client';
import type { Store } from './index';

export type CodeChange = Omit<Input<'codes.update'>, 'id'>;

export interface CodebookSlice {
  codebookSelectedId: number | null;
  /** The code whose name is being edited in the tree, if any. */
  codebookRenamingId: number | null;
  /** The chosen code's memo (null while none is written). */
  codeMemo: { codeId: number; memo: Memo | null } | null;
  journalEntries: Memo[];
  memoSearch: { query: string; results: Memo[] } | null;
  selectCodebookCode: (id: number | null) => void;
  setCodebookRenaming: (id: number | null) => void;
  createCode: (parentId: number | null, name: string, color?: string) => Promise<number | null>;
  updateCode: (id: number, change: CodeChange) => Promise<boolean>;
  moveCode: (id: number, parentId: number | null, index: number) => Promise<boolean>;
  mergeCodes: (from: number, into: number) => Promise<number | null>;
  codeUsage: (id: number) => Promise<CodeUsage | null>;
  deleteCode: (id: number) => Promise<boolean>;
  loadCodeMemo: (codeId: number) => Promise<void>;
  saveCodeMemo: (codeId: number, text: string) => Promise<void>;
  loadJournal: () => Promise<void>;
  saveJournalEntry: (entry: { id?: number; title: string; text: string }) => Promise<boolean>;
  deleteJournalEntry: (id: number) => Promise<void>;
  searchMemos: (query: string) => Promise<void>;
  clearMemoSearch: () => void;
  resetCodebook: () => void;
}

export const initialCodebookState = {
  codebookSelectedId: null,
  codebookRenamingId: null,
  codeMemo: null,
  journalEntries: [],
  memoSearch: null,
} satisfies Partial<CodebookSlice>;

export const createCodebookSlice: StateCreator<Store, [], [], CodebookSlice> = (set, get) => {
  /** Runs one change, then reloads what it touched; null (and a notice) when it fails. */
  async function change<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      const result = await work();
      await get().refreshCoding();
      return result;
    } catch (err) {
      get().notifyError(err);
      return null;
    }
  }

  return {
    ...initialCodebookState,
    resetCodebook: () => set({ ...initialCodebookState }),
    selectCodebookCode: (id) => set({ codebookSelectedId: id }),
    setCodebookRenaming: (id) => set({ codebookRenamingId: id }),

    async createCode(parentId, name, color) {
      const created = await change(() =>
        api.call('codes.create', color ? { parentId, name, color } : { parentId, name }),
      );
      if (!created) return null;
      set({ codebookSelectedId: created.value.id });
      return created.value.id;
    },

    async updateCode(id, changes) {
      return (await change(() => api.call('codes.update', { id, ...changes }))) !== null;
    },

    async moveCode(id, parentId, index) {
      return (await change(() => api.call('codes.move', { id, parentId, index }))) !== null;
    },

    async mergeCodes(from, into) {
      const merged = await change(() => api.call('codes.merge', { from, into }));
      if (!merged) return null;
      set({ codebookSelectedId: into });
      return merged.value.moved;
    },

    async codeUsage(id) {
      try {
        return await api.call('codes.usage', { id });
      } catch (err) {
        get().notifyError(err);
        return null;
      }
    },

    async deleteCode(id) {
      const code = get().codes.find((c) => c.id === id);
      const deleted = await change(() => api.call('codes.delete', { id }));
      if (!deleted) return false;
      if (get().codebookSelectedId === id) set({ codebookSelectedId: code?.parentId ?? null });
      return true;
    },

    async loadCodeMemo(codeId) {
      try {
        const memos = await api.call('memos.list', { target: { kind: 'code', id: codeId } });
        // A slow answer for a code she has already left must not overwrite the current one.
        if (get().codebookSelectedId === codeId)
          set({ codeMemo: { codeId, memo: memos[0] ?? null } });
      } catch (err) {
        get().notifyError(err);
      }
    },

    async saveCodeMemo(codeId, text) {
      const current = get().codeMemo;
      const existing = current?.codeId === codeId ? current.memo : null;
      if ((existing?.text ?? '') === text) return;
      const saved = await change(() =>
        api.call('memos.save', {
          ...(existing ? { id: existing.id } : {}),
          target: { kind: 'code', id: codeId },
          text,
        }),
      );
      if (saved && get().codeMemo?.codeId === codeId)
        set({ codeMemo: { codeId, memo: saved.value } });
    },

    async loadJournal() {
      try {
        const entries = await api.call('memos.list', { target: { kind: 'journal' } });
        set({
          journalEntries: [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
        });
      } catch (err) {
        get().notifyError(err);
      }
    },

    async saveJournalEntry({ id, title, text }) {
      const saved = await change(() =>
        api.call('memos.save', {
          ...(id !== undefined ? { id } : {}),
          target: { kind: 'journal' },
          title,
          text,
        }),
      );
      await get().loadJournal();
      return saved !== null;
    },

    async deleteJournalEntry(id) {
      await change(() => api.call('memos.delete', { id }));
      await get().loadJournal();
    },

    async searchMemos(query) {
      if (!query.trim()) return set({ memoSearch: null });
      try {
        set({ memoSearch: { query, results: await api.call('memos.search', { query }) } });
      } catch (err) {
        get().notifyError(err);
      }
    },
    clearMemoSearch: () => set({ memoSearch: null }),
  };
};
