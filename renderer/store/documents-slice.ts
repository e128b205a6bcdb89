// Documents: the list with attributes, the open transcript, and attribute/speaker edits. Every
// edit reloads what it changed from the project, so the screen shows what is saved.
import type { StateCreator } from 'zustand';
import type { Attribute } from '../../shared/attributes/types';
import type { DocumentContent, DocumentSummary } from '../../shared/documents/types';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';

export interface DocumentsSlice {
  documents: DocumentSummary[];
  attributes: Attribute[];
  openDocument: DocumentContent | null;
  loadDocuments: () => Promise<void>;
  showDocument: (id: number | null) => Promise<void>;
  setAttributeValues: (
    documentIds: number[],
    attribute: string,
    values: string[],
  ) => Promise<boolean>;
  createAttribute: (name: string, type: Attribute['type'], multiple: boolean) => Promise<boolean>;
  attributesFromFilenames: (
    pattern: string,
    documentIds?: number[],
  ) => Promise<{ updated: number; unmatched: string[] } | null>;
  updateSpeaker: (
    speakerId: number,
    change: { label?: string; role?: 'interviewer' | 'participant' },
  ) => Promise<void>;
  mergeSpeakers: (from: number, into: number) => Promise<void>;
  deleteDocuments: (ids: number[]) => Promise<void>;
  resetDocuments: () => void;
}

export const initialDocumentsState = {
  documents: [],
  attributes: [],
  openDocument: null,
} satisfies Partial<DocumentsSlice>;

export const createDocumentsSlice: StateCreator<Store, [], [], DocumentsSlice> = (set, get) => {
  const attempt = attemptWith(get);
  async function reloadOpen() {
    const open = get().openDocument;
    if (open) set({ openDocument: await api.call('documents.content', { ref: open.id }) });
  }

  return {
    ...initialDocumentsState,
    resetDocuments: () => set({ ...initialDocumentsState }),
    async loadDocuments() {
      await attempt(async () => {
        const [documents, attributes] = await Promise.all([
          api.call('documents.list', {}),
          api.call('attributes.list', {}),
        ]);
        set({ documents, attributes });
      });
    },
    async showDocument(id) {
      if (id === null) return set({ openDocument: null });
      await attempt(async () =>
        set({ openDocument: await api.call('documents.content', { ref: id }) }),
      );
    },
    async setAttributeValues(documentIds, attribute, values) {
      const ok = await attempt(() =>
        api.call('attributes.setValues', { documentIds, attribute, values }),
      );
      await get().loadDocuments();
      return ok !== null;
    },
    async createAttribute(name, type, multiple) {
      const attributes = await attempt(() =>
        api.call('attributes.create', { name, type, multiple }),
      );
      if (attributes) set({ attributes });
      return attributes !== null;
    },
    async attributesFromFilenames(pattern, documentIds) {
      const result = await attempt(() =>
        api.call('attributes.fromFilenames', documentIds ? { pattern, documentIds } : { pattern }),
      );
      await get().loadDocuments();
      return result;
    },
    async updateSpeaker(speakerId, change) {
      await attempt(() => api.call('speakers.update', { speakerId, ...change }));
      await Promise.all([reloadOpen(), get().loadDocuments()]);
    },
    async mergeSpeakers(from, into) {
      await attempt(() => api.call('speakers.merge', { from, into }));
      await Promise.all([reloadOpen(), get().loadDocuments()]);
    },
    async deleteDocuments(ids) {
      await attempt(() => api.call('documents.delete', { ids }));
      if (ids.includes(get().openDocument?.id ?? -1)) set({ openDocument: null });
      await get().loadDocuments();
    },
  };
};
