// The questionnaire: one row per respondent, background attributes, ranked multiple-response
// questions (up to three areas named in order) and open answers that become codeable documents.

/** How the sheet's columns are read. Column names are the sheet's header texts. */
export interface SurveyMapping {
  /** The respondent ID column; every row needs a value, unique in the sheet. */
  idColumn: string;
  /** Background columns (Roll, Verksamhetsområde); the header becomes the attribute name. */
  attributes: string[];
  /** Ranked groups: "Längst" = Längst 1, Längst 2, Längst 3 (in rank order). */
  ranked: RankedQuestion[];
  /** Open questions: each non-empty answer becomes a document linked to its respondent. */
  text: string[];
}

export interface RankedQuestion {
  name: string;
  columns: string[];
}

/** A cell the import cannot read. Rows are the sheet's own 1-based row numbers (header = 1). */
export interface CellProblem {
  row: number;
  column: string;
  value: string;
  /**
   * Stable reason code: 'no_area' (matches no area), 'missing_id', 'duplicate_id', 'repeated_area',
   * 'bad_value' (not a value of an existing number or date attribute the column is read into).
   */
  reason: 'no_area' | 'missing_id' | 'duplicate_id' | 'repeated_area' | 'bad_value';
}

export interface SurveyPreview {
  file: string;
  /** 'xlsx', or 'csv' with the delimiter and encoding found. */
  format: string;
  delimiter: string | null;
  encoding: string | null;
  /** For .xlsx: the worksheet read and every worksheet of the workbook (to choose another). */
  sheetName: string | null;
  sheetNames: string[];
  header: string[];
  /** The first rows, for the mapping dialog. */
  sample: string[][];
  rowCount: number;
  /** The mapping proposed from the headers (ranked groups from headers that end in a number). */
  proposal: SurveyMapping;
  /** Problems found with `mapping` (or the proposal when none was given); empty when importable. */
  problems: CellProblem[];
}

export interface SurveyQuestionSummary {
  id: number;
  name: string;
  kind: 'ranked' | 'text';
  alternatives: number;
  columns: string[];
}

export interface SurveySummary {
  id: number;
  name: string;
  sourceName: string;
  importedAt: string;
  respondents: number;
  attributes: string[];
  questions: SurveyQuestionSummary[];
}

export interface SurveyImportReport {
  survey: SurveySummary;
  /** Open answers that became documents. */
  documents: number;
  /** Ranked answers stored (one per named area and alternative). */
  answers: number;
}
