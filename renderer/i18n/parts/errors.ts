// Wording of the everyday failure codes (shared/api/errors-common.ts), merged into `errors` of
// sv.ts and en.ts. Each says what happened and what to do, in the interface language.
import { en as surveyEn, sv as surveySv } from './errors-survey';

export const sv = {
  ...surveySv,
  refi_unreadable: '{{file}} kan inte läsas: $t(refi.unreadable.{{reason}})',
  code_missing: 'Koden finns inte längre (den kan ha tagits bort). Välj en annan kod.',
  document_missing: 'Dokumentet finns inte längre i projektet (det kan ha tagits bort).',
  segment_missing: 'Det kodade avsnittet finns inte längre (det kan ha tagits bort eller ångrats).',
  memo_missing: 'Memot finns inte längre (det kan ha tagits bort).',
  memo_target_missing: 'Det som memot gällde finns inte längre.',
  attribute_missing: 'Egenskapen ”{{name}}” finns inte i projektet.',
  speaker_missing: 'Talaren finns inte längre (den kan ha slagits ihop med en annan).',
  survey_missing: 'Enkäten finns inte längre i projektet.',
  saved_table_missing: 'Den sparade tabellen ”{{name}}” finns inte längre.',
  question_missing: 'Enkätfrågan ”{{name}}” finns inte (enkäten kan ha tagits bort).',
  question_open:
    '”{{name}}” är en öppen fråga: svaren är dokument att koda, ingen rangordnad tabell.',
  split_no_values: 'Ingen respondent på ”{{question}}” har ett värde för {{by}}.',
  job_missing: 'Importen är inte längre känd (den kan ha avslutats för länge sedan).',
  upload_missing: 'Filen {{file}} är inte längre tillgänglig; välj den igen.',
  not_a_file:
    '{{file}} är ingen vanlig fil (utan en mapp, en enhet eller en pipe) och lästes inte. Välj en fil.',
  file_too_large: '{{file}} är större än {{limit}} och lästes inte. Är det rätt fil?',
  code_not_codable:
    '”{{code}}” är en gruppering och kan inte sättas på ett avsnitt; välj en av koderna under den.',
  range_outside: 'Avsnittets gränser ligger utanför dokumentets text; markera texten igen.',
  no_words_selected: 'Markera minst ett ord att döpa koden efter.',
  code_name_taken: 'Det finns redan en kod ”{{name}}” på det stället. Välj ett annat namn.',
  code_number_taken: 'Nummer {{number}} tillhör redan ”{{code}}”.',
  shortcut_taken: 'Tangenten {{key}} kodar redan ”{{code}}”. Välj en annan tangent.',
  shortcut_reserved: 'Tangenten {{key}} öppnar kodsökningen och kan inte bli ett kortkommando.',
  code_move_into_itself: '”{{code}}” kan inte flyttas in under sig själv eller sina egna koder.',
  merge_same_code: 'Välj två olika koder att slå ihop.',
  merge_into_own_code:
    '”{{from}}” kan inte slås ihop med ”{{into}}”, som ligger under den; flytta ut den först.',
  merge_into_group: '”{{into}}” är en gruppering och kan inte ta över avsnitten kodade ”{{from}}”.',
  search_unreadable:
    'Sökningen ”{{query}}” kunde inte läsas. Kontrollera citattecken och parenteser.',
  speaker_label_taken:
    'Intervjun har redan en talare ”{{label}}”. Slå ihop de två i stället för att byta namn.',
  speakers_other_interview: 'Bara talare i samma intervju kan slås ihop.',
  attribute_exists: 'Det finns redan en egenskap ”{{name}}”.',
  attribute_one_value: '{{name}} kan bara ha ett värde, inte {{count}}.',
  value_empty: '{{attribute}}: värdet är tomt.',
  value_not_number: '{{attribute}}: ”{{value}}” är inte ett tal.',
  value_not_date: '{{attribute}}: ”{{value}}” är inte ett datum skrivet som ÅÅÅÅ-MM-DD.',
  value_missing: '{{attribute}} har inget värde ”{{value}}”.',
  value_in_use:
    '”{{value}}” i {{attribute}} används fortfarande och kan inte tas bort; byt namn på det eller slå ihop det med ett annat värde i stället.',
  value_not_category: '{{attribute}} är ingen kategori: dess värden skrivs fritt.',
  sheet_cells_invalid:
    '{{file}} lästes inte och ingenting ändrades: {{count}} celler går inte att läsa. Den första, på rad {{row}}: $t(messages.{{problem}})',
  pattern_empty_braces:
    'Filnamnsmönstret har tomma {}: skriv en egenskaps namn inom klamrarna, eller {*} för att hoppa över en del.',
  pattern_no_attribute: 'Filnamnsmönstret nämner ingen egenskap: skriv en som {Namn}.',
  no_transcripts_found: 'Där fanns inga transkriptioner (.docx, .txt, .md, .odt).',
  speaker_regex_empty: 'Det reguljära uttrycket för talare är tomt.',
  speaker_regex_invalid: 'Det reguljära uttrycket /{{regex}}/ kan inte läsas: {{reason}}',
  speaker_pattern_unknown: 'Okänd etikettform för talare: ”{{id}}”.',
  preview_unreadable: '{{file}} kunde inte förhandsgranskas: $t(import.reasons.{{reason}}).',
};

export const en: typeof sv = {
  ...surveyEn,
  refi_unreadable: '{{file}} cannot be read: $t(refi.unreadable.{{reason}})',
  code_missing: 'The code no longer exists (it may have been deleted). Choose another code.',
  document_missing: 'The document is no longer in the project (it may have been removed).',
  segment_missing: 'The coded passage no longer exists (it may have been removed or undone).',
  memo_missing: 'The memo no longer exists (it may have been deleted).',
  memo_target_missing: 'What the memo was about no longer exists.',
  attribute_missing: 'There is no attribute "{{name}}" in the project.',
  speaker_missing: 'The speaker no longer exists (it may have been merged with another).',
  survey_missing: 'The questionnaire is no longer in the project.',
  saved_table_missing: 'The saved table "{{name}}" no longer exists.',
  question_missing:
    'The question "{{name}}" does not exist (its questionnaire may have been deleted).',
  question_open:
    '"{{name}}" is an open question: its answers are documents to code, not a ranked table.',
  split_no_values: 'No respondent of "{{question}}" has a value of {{by}}.',
  job_missing: 'That import is no longer known (it may have finished long ago).',
  upload_missing: 'The file {{file}} is no longer available; choose it again.',
  not_a_file:
    '{{file}} is not a regular file (but a folder, a device or a pipe) and was not read. Choose a file.',
  file_too_large: '{{file}} is larger than {{limit}} and was not read. Is it the right file?',
  code_not_codable:
    '"{{code}}" is a group heading and cannot be applied to a passage; choose one of the codes under it.',
  range_outside: "The passage's boundaries lie outside the document's text; select the text again.",
  no_words_selected: 'Select at least one word to name the code by.',
  code_name_taken: 'There is already a code "{{name}}" at that place. Choose another name.',
  code_number_taken: 'Number {{number}} already belongs to "{{code}}".',
  shortcut_taken: 'The key {{key}} already codes "{{code}}". Choose another key.',
  shortcut_reserved: 'The {{key}} key opens the code search and cannot be a shortcut.',
  code_move_into_itself: '"{{code}}" cannot be moved under itself or one of its own codes.',
  merge_same_code: 'Choose two different codes to merge.',
  merge_into_own_code:
    '"{{from}}" cannot be merged into "{{into}}", which is one of its own codes; move it out first.',
  merge_into_group: '"{{into}}" is a group heading and cannot carry the passages coded "{{from}}".',
  search_unreadable: 'The search "{{query}}" could not be read. Check its quotes and brackets.',
  speaker_label_taken:
    'This interview already has a speaker "{{label}}". Merge the two instead of renaming.',
  speakers_other_interview: 'Only speakers of the same interview can be merged.',
  attribute_exists: 'There is already an attribute "{{name}}".',
  attribute_one_value: '{{name}} takes one value, not {{count}}.',
  value_empty: '{{attribute}}: the value is empty.',
  value_not_number: '{{attribute}}: "{{value}}" is not a number.',
  value_not_date: '{{attribute}}: "{{value}}" is not a date written as YYYY-MM-DD.',
  value_missing: '{{attribute}} has no value "{{value}}".',
  value_in_use:
    '"{{value}}" of {{attribute}} is still in use and cannot be removed; rename it or merge it into another value instead.',
  value_not_category: '{{attribute}} is not a category: its values are written freely.',
  sheet_cells_invalid:
    '{{file}} was not read and nothing was changed: {{count}} cells cannot be read. The first, on row {{row}}: $t(messages.{{problem}})',
  pattern_empty_braces:
    'The file-name pattern has an empty {}: write an attribute name inside, or {*} to skip a part.',
  pattern_no_attribute: 'The file-name pattern names no attribute: write one as {Name}.',
  no_transcripts_found: 'No transcripts (.docx, .txt, .md, .odt) were found there.',
  speaker_regex_empty: 'The regular expression for speakers is empty.',
  speaker_regex_invalid: 'The regular expression /{{regex}}/ cannot be read: {{reason}}',
  speaker_pattern_unknown: 'Unknown speaker-label form: "{{id}}".',
  preview_unreadable: '{{file}} could not be previewed: $t(import.reasons.{{reason}}).',
};
