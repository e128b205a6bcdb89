// Every text column of the schema and what a pseudonymised copy does with it. A test compares this
// with the schema, so a new column (a new migration) cannot slip into a copy unread: its author
// must say here whether it is rewritten, kept (and why), or left out of the copy.

/** Free text rewritten as it stands (no offsets, no uniqueness): also read by the scan. */
export const REWRITTEN_COLUMNS: Record<string, string[]> = {
  codes: ['name', 'description', 'when_to_use', 'when_not_to_use', 'example'],
  documents: ['source_name'],
  segments: ['memo'],
  memos: ['title', 'text'],
  surveys: ['name', 'source_name'],
  cases: ['name', 'description'],
};

/** Rewritten by their own rules (offsets, uniqueness, JSON); the scan reads them too. */
export const SPECIAL_COLUMNS: Record<string, string[]> = {
  documents: ['name', 'text', 'text_hash', 'structure'],
  speakers: ['label'],
  attribute_values: ['value'],
  attribute_choices: ['value'],
  respondent_values: ['value'],
  case_values: ['value'],
  respondents: ['external_id'],
  saved_tables: ['name', 'definition'],
  // The description is free text; settings may hold attribute values (refi_group_cases, JSON).
  project_meta: ['value'],
};

/** Kept as they are, with the reason. */
export const KEPT_COLUMNS: Record<string, Record<string, string>> = {
  project_meta: { key: 'setting names' },
  codes: {
    guid: 'identifiers',
    group_kind: 'fixed words',
    color: 'colours',
    shortcut: 'keys',
    created_at: 'dates',
  },
  coders: { guid: 'identifiers', name: 'the coders are the research team, not the interviewed' },
  documents: {
    guid: 'identifiers',
    kind: 'fixed words',
    source_format: 'file types',
    imported_at: 'dates',
  },
  speakers: { role: 'fixed words' },
  attributes: { name: "the variables' names", type: 'fixed words', guid: 'identifiers' },
  segments: { guid: 'identifiers', created_at: 'dates', updated_at: 'dates' },
  memos: {
    guid: 'identifiers',
    target_kind: 'fixed words',
    author: 'the coders are the research team',
    created_at: 'dates',
    updated_at: 'dates',
  },
  surveys: { guid: 'identifiers', imported_at: 'dates' },
  respondents: { guid: 'identifiers' },
  survey_questions: {
    guid: 'identifiers',
    name: "the questions' names",
    kind: 'fixed words',
    columns: "the sheet's column headers",
  },
  saved_tables: { created_at: 'dates', updated_at: 'dates' },
  cases: { guid: 'identifiers', created_at: 'dates' },
  change_counters: { name: 'counter names' },
};

/**
 * Tables a copy leaves empty: the undo history holds old text; decisions name the people; the
 * tables' packed passages hold offsets into the old text (the copy's first table packs them anew).
 */
export const EMPTIED_TABLES = [
  'history',
  'pseudonym_decisions',
  'pseudonym_stop_words',
  'packed_passages',
];
