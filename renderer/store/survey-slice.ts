// The questionnaire import dialog's state: the chosen sheet (uploaded in the browser), its
// preview, the problems the current mapping finds, and the import's result.
import type { StateCreator } from 'zustand';
import type {
  CellProblem,
  SurveyImportReport,
  SurveyMapping,
  SurveyPreview,
} from '../../shared/survey/types';
import { isSurveyError, type SurveyErrorCode } from '../../shared/api/errors-survey';
import { api, ApiCallError, filesToSources, type Source } from '../api/client';
import type { Store } from './index';

export type SurveyStage = 'choose' | 'reading' | 'mapping' | 'importing' | 'done';

export interface SurveySlice {
  surveyStage: SurveyStage;
  surveySource: Source | null;
  /** The worksheet chosen in a workbook of several; null: the one the host picked (most rows). */
  surveySheet: string | null;
  surveyPreview: SurveyPreview | null;
  /** Question names the project already has (names are unique). */
  surveyTakenNames: string[];
  /** Cells the current mapping cannot read, and a message when the mapping itself does not fit. */
  surveyProblems: CellProblem[];
  /** Why the mapping does not fit the sheet, worded by the dialog from errors.<code>. */
  surveyMappingError: { code: SurveyErrorCode; params: Record<string, string | number> } | null;
  surveyChecking: boolean;
  surveyReport: SurveyImportReport | null;
  /** Starts the import dialog over; also what a project change does. */
  resetSurvey: () => void;
  chooseSurveyFile: (files: File[]) => Promise<void>;
  chooseSurveySheet: (sheet: string) => Promise<void>;
  checkSurveyMapping: (mapping: SurveyMapping) => Promise<void>;
  importSurvey: (mapping: SurveyMapping, name: string) => Promise<SurveyImportReport | null>;
}

export const initialSurveyState = {
  surveyStage: 'choose' as SurveyStage,
  surveySource: null,
  surveySheet: null,
  surveyPreview: null,
  surveyTakenNames: [],
  surveyProblems: [],
  surveyMappingError: null,
  surveyChecking: false,
  surveyReport: null,
} satisfies Partial<SurveySlice>;

/** Each check supersedes the one before: only the latest mapping's problems are shown. */
let checkSeq = 0;

export const createSurveySlice: StateCreator<Store, [], [], SurveySlice> = (set, get) => ({
  ...initialSurveyState,
  resetSurvey: () => {
    checkSeq++;
    set({ ...initialSurveyState });
  },

  async chooseSurveyFile(files) {
    const file = files[0];
    if (!file) return;
    set({ ...initialSurveyState, surveyStage: 'reading' });
    try {
      const [source] = await filesToSources([file]);
      if (!source) throw new Error('no file');
      const preview = await api.call('survey.preview', { source });
      const surveys = await api.call('survey.list', {});
      set({
        surveyStage: 'mapping',
        surveySource: source,
        surveyPreview: preview,
        surveyProblems: preview.problems,
        surveyTakenNames: surveys.flatMap((s) => s.questions.map((q) => q.name)),
      });
    } catch (err) {
      get().notifyError(err);
      set({ surveyStage: 'choose' });
    }
  },

  async chooseSurveySheet(sheet) {
    const source = get().surveySource;
    if (!source) return;
    set({ surveyStage: 'reading' });
    try {
      const preview = await api.call('survey.preview', { source, sheet });
      set({
        surveyStage: 'mapping',
        surveySheet: sheet,
        surveyPreview: preview,
        surveyProblems: preview.problems,
        surveyMappingError: null,
      });
    } catch (err) {
      get().notifyError(err);
      set({ surveyStage: 'mapping' });
    }
  },

  async checkSurveyMapping(mapping) {
    const source = get().surveySource;
    if (!source) return;
    const seq = ++checkSeq;
    set({ surveyChecking: true });
    try {
      const sheet = get().surveySheet;
      const preview = await api.call('survey.preview', {
        source,
        mapping,
        ...(sheet ? { sheet } : {}),
      });
      if (seq === checkSeq) set({ surveyProblems: preview.problems, surveyMappingError: null });
    } catch (err) {
      if (seq !== checkSeq) return;
      // A mapping that does not fit the sheet is shown in the dialog; anything else is a failure.
      if (err instanceof ApiCallError && isSurveyError(err.code))
        set({ surveyProblems: [], surveyMappingError: { code: err.code, params: err.params } });
      else get().notifyError(err);
    } finally {
      if (seq === checkSeq) set({ surveyChecking: false });
    }
  },

  async importSurvey(mapping, name) {
    const source = get().surveySource;
    if (!source) return null;
    set({ surveyStage: 'importing' });
    try {
      const report = await api.call('survey.import', {
        source,
        mapping,
        ...(get().surveySheet ? { sheet: get().surveySheet ?? '' } : {}),
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      set({ surveyStage: 'done', surveyReport: report });
      // Open answers are documents: the documents list must show them; Undo names the import.
      await Promise.all([get().loadDocuments(), get().refreshUndo()]);
      return report;
    } catch (err) {
      get().notifyError(err);
      set({ surveyStage: 'mapping' });
      return null;
    }
  },
});
