// Documents: the list with attributes, the open transcript, and attribute/speaker edits and
// removals. Every edit is one undoable step on the Node side; afterwards what it changed is read
// again (reloadDocuments), so the screen shows what is saved and Undo names that edit.
import type { StateCreator } from 'zustand';
import type { Attribute } from '../../shared/attributes/types';
import type { AttributeValueUse } from '../../shared/api/contract-attribute-values';
import type { DocumentContent, DocumentSummary } from '../../shared/documents/types';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';

export interface DocumentsSlice {
  documents: DocumentSummary[];
  attributes: Attribute[];
  openDocument: DocumentContent | null;
  loadDocuments: () => Promise<void>;
  /**
   * Reads documents, attributes, the open transcript, the one being coded and the questionnaires
   * again after a change or an undo: a document that is gone is closed, never shown stale.
   */
  reloadDocuments: () => Promise<void>;
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
  /** What removing the documents would take along, for the confirmation; null when it failed. */
  documentUsage: (ids: number[]) => Promise<{ segments: number; memos: number } | null>;
  deleteDocuments: (ids: number[]) => Promise<boolean>;
  /** The values of a category attribute with how many documents and respondents have each. */
  attributeValueUses: (attribute: string) => Promise<AttributeValueUse[] | null>;
  /** Renames a value, or merges it into `to` when that is a value already; one undo step. */
  renameAttributeValue: (attribute: string, from: string, to: string) => Promise<boolean>;
  removeAttributeValue: (attribute: string, value: string) => Promise<boolean>;
  resetDocuments: () => void;
}

export const initialDocumentsState = {
  documents: [],
  attributes: [],
  openDocument: null,
} satisfies Partial<DocumentsSlice>;

export const createDocumentsSlice: StateCreator<Store, [], [], DocumentsSlice> = (set, get) => {
  const attempt = attemptWith(get);

  /** After a change: everything it may have touched, and what Ctrl+Z now undoes. */
  async function changed() {
    await get().reloadDocuments();
    await get().refreshUndo();
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
    async reloadDocuments() {
      await get().loadDocuments();
      const ids = new Set(get().documents.map((d) => d.id));
      const { openDocument, codingDoc } = get();
      if (openDocument && !ids.has(openDocument.id)) set({ openDocument: null });
      else if (openDocument)
        await attempt(async () =>
          set({ openDocument: await api.call('documents.content', { ref: openDocument.id }) }),
        );
      if (codingDoc && !ids.has(codingDoc.id))
        set({ codingDoc: null, segments: [], selection: null, selectedSegmentId: null });
      else if (codingDoc)
        await attempt(async () =>
          set({ codingDoc: await api.call('documents.content', { ref: codingDoc.id }) }),
        );
      // Open answers are documents: an undone questionnaire takes its tables along.
      if (get().surveys !== null) await get().loadSurveys();
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
      await changed();
      return ok !== null;
    },
    async createAttribute(name, type, multiple) {
      const attributes = await attempt(() =>
        api.call('attributes.create', { name, type, multiple }),
      );
      if (attributes) set({ attributes });
      await get().refreshUndo();
      return attributes !== null;
    },
    async attributesFromFilenames(pattern, documentIds) {
      const result = await attempt(() =>
        api.call('attributes.fromFilenames', documentIds ? { pattern, documentIds } : { pattern }),
      );
      await changed();
      return result;
    },
    async updateSpeaker(speakerId, change) {
      await attempt(() => api.call('speakers.update', { speakerId, ...change }));
      await changed();
    },
    async mergeSpeakers(from, into) {
      await attempt(() => api.call('speakers.merge', { from, into }));
      await changed();
    },
    attributeValueUses: (attribute) => attempt(() => api.call('attributes.values', { attribute })),
    async renameAttributeValue(attribute, from, to) {
      const done = await attempt(() => api.call('attributes.renameValue', { attribute, from, to }));
      await changed();
      return done !== null;
    },
    async removeAttributeValue(attribute, value) {
      const done = await attempt(async () => {
        await api.call('attributes.removeValue', { attribute, value });
        return true;
      });
      await changed();
      return done !== null;
    },
    documentUsage: (ids) => attempt(() => api.call('documents.usage', { ids })),
    async deleteDocuments(ids) {
      const done = await attempt(() => api.call('documents.delete', { ids }));
      await changed();
      return done !== null;
    },
  };
};
