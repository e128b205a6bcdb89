// Failure codes of everyday actions (something no longer there, a name already taken, a value of
// the wrong kind), each with its own wording in renderer/i18n/parts/errors.ts, so that a toast is
// never an English sentence. Params carry what the wording names (a code, a file, a value).
export const COMMON_ERROR_CODES = [
  // Something the window refers to is gone (deleted meanwhile, or from another project).
  'code_missing', // {id}
  'document_missing', // {ref}
  'segment_missing', // {id}
  'memo_missing', // {id}
  'memo_target_missing', // {kind}
  'attribute_missing', // {name}
  'speaker_missing',
  'survey_missing', // {id}
  'saved_table_missing', // {name}
  'question_missing', // {name}
  'question_open', // {name}
  'split_no_values', // {question, by}
  'job_missing',
  'upload_missing', // {file}
  // A file the user named that is not one to read (electron/files/read-user-file.ts).
  'not_a_file', // {file}
  'file_too_large', // {file, limit}
  // Coding and the codebook.
  'code_not_codable', // {code}
  'range_outside', // {start, end, length}
  'no_words_selected', // {start, end}: in-vivo coding needs a word to name the code by
  'code_name_taken', // {name}
  'code_number_taken', // {number, code}
  'shortcut_taken', // {key, code}
  'shortcut_reserved', // {key}
  'code_move_into_itself', // {code}
  'merge_same_code',
  'merge_into_own_code', // {from, into}
  'merge_into_group', // {from, into}
  'search_unreadable', // {query}
  // Speakers.
  'speaker_label_taken', // {label}
  'speakers_other_interview',
  // Attributes and their values.
  'attribute_exists', // {name}
  'attribute_one_value', // {name, count}
  'value_empty', // {attribute}
  'value_not_number', // {attribute, value}
  'value_not_date', // {attribute, value}
  'value_missing', // {attribute, value}
  'value_in_use', // {attribute, value, count}
  'value_not_category', // {attribute}
  'sheet_cells_invalid', // {file, count, row, column, problem (a message code), its params}
  'pattern_empty_braces',
  'pattern_no_attribute',
  // Import settings.
  'no_transcripts_found',
  'speaker_regex_empty',
  'speaker_regex_invalid', // {regex, reason}
  'speaker_pattern_unknown', // {id}
  'preview_unreadable', // {file, reason}
] as const;
