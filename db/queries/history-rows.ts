// Row shapes of the tables undo writes through typed calls (Recorder.insert and .update); any
// other table of the schema is written as plain rows (see history-schema.ts).
export interface DbCodeRow {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  number: number | null;
  group_kind: string | null;
  color: string;
  description: string;
  when_to_use: string;
  when_not_to_use: string;
  example: string;
  shortcut: string | null;
  codable: number;
  sort_order: number;
  created_at: string;
}

export interface DbSegmentRow {
  id: number;
  guid: string;
  document_id: number;
  start: number;
  end: number;
  coder_id: number | null;
  memo: string;
  created_at: string;
  updated_at: string;
}

export interface DbMemoRow {
  id: number;
  guid: string;
  target_kind: 'document' | 'code' | 'segment' | 'journal';
  target_id: number | null;
  title: string;
  text: string;
  author: string | null;
  created_at: string;
  updated_at: string;
}

export interface DbDecisionRow {
  id: number;
  text: string;
  kind: string;
  status: 'pending' | 'accepted' | 'rejected';
  replacement: string | null;
  merged_into: string | null;
  added: number;
  updated_at: string;
}

/** A document as the file keeps it (with its text): what a merge adds and its undo removes. */
export interface DbDocumentRow {
  id: number;
  guid: string;
  name: string;
  kind: string;
  text: string;
  text_hash: string;
  words: number;
  source_name: string;
  source_format: string;
  structure: string;
  imported_at: string;
}

export interface DbSpeakerRow {
  id: number;
  document_id: number;
  label: string;
  role: string;
}

export interface DbAttributeRow {
  id: number;
  name: string;
  type: string;
  multiple: number;
  sort_order: number;
}

export interface DbTurnRow {
  id: number;
  document_id: number;
  speaker_id: number | null;
  start: number;
  label_end: number;
  end: number;
}

export interface IdRows {
  codes: DbCodeRow;
  segments: DbSegmentRow;
  memos: DbMemoRow;
  pseudonym_decisions: DbDecisionRow;
  pseudonym_stop_words: { id: number; word: string };
  documents: DbDocumentRow;
  speakers: DbSpeakerRow;
  turns: DbTurnRow;
  attributes: DbAttributeRow;
}
export type IdTable = keyof IdRows;
