// Tables: the definition being built, the table it computed (with the definition that computed it,
// so exports hold what the screen shows), saved definitions, and the questionnaire's ranked tables.
// Tables follow the coding: the view asks for a recompute whenever codings or attributes change.
import type { StateCreator } from 'zustand';
import type { AxisOption, SavedTable, TableExportFormat } from '../../shared/api/contract-tables';
import type { ExportedFile } from '../../shared/api/contract-export';
import type { SurveySummary } from '../../shared/survey/types';
import type { ComputedTable, TableDefinition } from '../../shared/tables/types';
import { api } from '../api/client';
import { fitDefinition } from '../components/tables/definition';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';

export const EMPTY_DEFINITION: TableDefinition = {
  title: '',
  rows: 'Områden',
  cols: 'Bedömning',
  unit: 'passages',
  percent: 'column',
  filters: [],
  coders: [],
  includeInterviewers: false,
  pairing: 'overlap',
  by: null,
};

/** What the questionnaire part shows: one ranked question, optionally split by an attribute. */
export interface RankedChoice {
  question: string;
  by: string | null;
}

export interface TableExportRequest {
  format: TableExportFormat;
  delimiter: ';' | ',';
  language: 'sv' | 'en';
  /** The caption on screen: the builder table's title in the file, and the file's name. */
  title: string;
}

export type TablesTab = 'builder' | 'ranked' | 'agreement';

export interface TablesSlice {
  tablesTab: TablesTab;
  setTablesTab: (tab: TablesTab) => void;
  tableAxes: AxisOption[] | null;
  /** Names of everyone who has coded, for the coder filter. */
  tableCoders: string[];
  tableDraft: TableDefinition;
  tableShown: ComputedTable | null;
  tableShownFor: TableDefinition | null;
  tableComputing: boolean;
  savedTables: SavedTable[] | null;
  /** The saved table last opened or saved, whose name the save field offers. */
  savedTableOpen: string | null;
  /** A saved table just deleted, offered back until the next change. */
  savedTableDeleted: SavedTable | null;
  surveys: SurveySummary[] | null;
  rankedChoice: RankedChoice | null;
  rankedShown: ComputedTable[] | null;
  rankedShownFor: RankedChoice | null;
  rankedComputing: boolean;
  tableExporting: TableExportFormat | null;
  loadTablesView: () => Promise<void>;
  setTableDraft: (change: Partial<TableDefinition>) => void;
  computeTable: (definition?: TableDefinition) => Promise<void>;
  saveTable: (name: string) => Promise<boolean>;
  openSavedTable: (saved: SavedTable) => Promise<void>;
  deleteSavedTable: (name: string) => Promise<void>;
  restoreSavedTable: () => Promise<void>;
  loadSurveys: () => Promise<void>;
  /** Imports the questionnaire that ships with Kvalkod, to try the ranked tables. */
  importExampleSurvey: () => Promise<void>;
  /** Deletes a questionnaire whole: respondents, questions, answers and its open-answer documents. */
  deleteSurvey: (id: number) => Promise<void>;
  showRanked: (choice: RankedChoice) => Promise<void>;
  /** The file of the table(s) shown on `source`, or null when it failed or was cancelled. */
  exportTables: (
    source: 'builder' | 'ranked',
    request: TableExportRequest,
  ) => Promise<ExportedFile | null>;
  cancelTableExport: () => void;
  resetTables: () => void;
}

/** The state of a project whose tables have not been looked at yet. */
export const initialTablesState = {
  tablesTab: 'builder',
  tableAxes: null,
  tableCoders: [],
  tableDraft: EMPTY_DEFINITION,
  tableShown: null,
  tableShownFor: null,
  tableComputing: false,
  savedTables: null,
  savedTableOpen: null,
  savedTableDeleted: null,
  surveys: null,
  rankedChoice: null,
  rankedShown: null,
  rankedShownFor: null,
  rankedComputing: false,
  tableExporting: null,
} satisfies Partial<TablesSlice>;

export const createTablesSlice: StateCreator<Store, [], [], TablesSlice> = (set, get) => {
  // Each call gets a number; only the latest one's answer is shown (or downloaded).
  let computeRun = 0;
  let rankedRun = 0;
  let exportRun = 0;

  const attempt = attemptWith(get);

  function loadCoders(): Promise<string[]> {
    return api.call('coders.list', {});
  }

  return {
    ...initialTablesState,
    setTablesTab: (tablesTab) => set({ tablesTab }),
    resetTables() {
      // Answers still on their way belong to the project before.
      computeRun++;
      rankedRun++;
      exportRun++;
      set({ ...initialTablesState });
    },

    async loadTablesView() {
      const loaded = await attempt(() =>
        Promise.all([api.call('tables.axes', {}), api.call('tables.saved.list', {}), loadCoders()]),
      );
      if (!loaded) return;
      const [tableAxes, savedTables, tableCoders] = loaded;
      set({
        tableAxes,
        savedTables,
        tableCoders,
        tableDraft: fitDefinition(get().tableDraft, tableAxes),
      });
    },

    setTableDraft: (change) => {
      const axes = get().tableAxes;
      const next = { ...get().tableDraft, ...change };
      set({ tableDraft: axes ? fitDefinition(next, axes) : next });
    },

    async computeTable(definition = get().tableDraft) {
      const run = ++computeRun;
      set({ tableComputing: true });
      try {
        const table = await api.call('tables.compute', definition);
        if (run === computeRun) set({ tableShown: table, tableShownFor: definition });
      } catch (err) {
        if (run === computeRun) get().notifyError(err);
      } finally {
        if (run === computeRun) set({ tableComputing: false });
      }
    },

    async saveTable(name) {
      const definition = get().tableDraft;
      const saved = await attempt(() => api.call('tables.saved.save', { name, definition }));
      if (!saved) return false;
      const savedTables = await attempt(() => api.call('tables.saved.list', {}));
      set({ savedTables, savedTableOpen: saved.name, savedTableDeleted: null });
      return true;
    },

    async openSavedTable(saved) {
      const axes = get().tableAxes;
      const definition = axes ? fitDefinition(saved.definition, axes) : saved.definition;
      set({ tableDraft: definition, savedTableOpen: saved.name });
      await get().computeTable(definition);
    },

    async deleteSavedTable(name) {
      const gone = get().savedTables?.find((s) => s.name === name) ?? null;
      if (!(await attempt(() => api.call('tables.saved.delete', { name })))) return;
      const savedTables = await attempt(() => api.call('tables.saved.list', {}));
      set((s) => ({
        savedTables,
        savedTableDeleted: gone,
        savedTableOpen: s.savedTableOpen === name ? null : s.savedTableOpen,
      }));
    },

    async restoreSavedTable() {
      const gone = get().savedTableDeleted;
      if (!gone) return;
      const saved = await attempt(() =>
        api.call('tables.saved.save', { name: gone.name, definition: gone.definition }),
      );
      if (!saved) return;
      const savedTables = await attempt(() => api.call('tables.saved.list', {}));
      set({ savedTables, savedTableDeleted: null });
    },

    async loadSurveys() {
      const surveys = await attempt(() => api.call('survey.list', {}));
      if (!surveys) return;
      const ranked = surveys.flatMap((s) => s.questions.filter((q) => q.kind === 'ranked'));
      const choice = get().rankedChoice;
      const keep = choice && ranked.some((q) => q.name === choice.question);
      const first = ranked[0];
      set({
        surveys,
        rankedChoice: keep ? choice : first ? { question: first.name, by: null } : null,
      });
    },

    async importExampleSurvey() {
      const report = await attempt(() => api.call('survey.importExample', {}));
      if (!report) return;
      await Promise.all([get().loadSurveys(), get().loadDocuments(), get().refreshUndo()]);
    },

    async deleteSurvey(id) {
      const done = await attempt(() => api.call('survey.delete', { id }));
      if (!done) return;
      set({ rankedShown: null, rankedShownFor: null, rankedChoice: null });
      // Its open answers were documents: the documents list changes too.
      await Promise.all([get().loadSurveys(), get().reloadDocuments(), get().refreshUndo()]);
    },

    async showRanked(choice) {
      const run = ++rankedRun;
      set({ rankedChoice: choice, rankedComputing: true });
      try {
        const tables = await api.call('survey.table', choice);
        if (run === rankedRun) set({ rankedShown: tables, rankedShownFor: choice });
      } catch (err) {
        // Marked as shown (with nothing), so that the view does not ask again and again.
        if (run === rankedRun) set({ rankedShown: null, rankedShownFor: choice });
        if (run === rankedRun) get().notifyError(err);
      } finally {
        if (run === rankedRun) set({ rankedComputing: false });
      }
    },

    async exportTables(source, request) {
      const { tableShownFor, rankedShownFor } = get();
      const { title, ...options } = request;
      const tables =
        source === 'builder'
          ? tableShownFor && [{ kind: 'builder' as const, definition: { ...tableShownFor, title } }]
          : rankedShownFor && [{ kind: 'survey' as const, ...rankedShownFor }];
      if (!tables) return null;
      const run = ++exportRun;
      set({ tableExporting: request.format });
      try {
        const file = await api.call('tables.export', { tables, ...options, fileName: title });
        return run === exportRun ? file : null;
      } catch (err) {
        if (run === exportRun) get().notifyError(err);
        return null;
      } finally {
        if (run === exportRun) set({ tableExporting: null });
      }
    },
    cancelTableExport() {
      exportRun++;
      set({ tableExporting: null });
    },
  };
};
