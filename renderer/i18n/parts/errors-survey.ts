// Why a questionnaire was not imported (shared/api/errors-survey.ts), in Swedish and English. The
// file is named, and the row and column (field) where the failure concerns one.
export const sv = {
  survey_no_id_column:
    '{{file}} importerades inte och ingenting sparades: välj vilken kolumn som är respondentens ID.',
  survey_no_column:
    '{{file}} importerades inte och ingenting sparades: arket har ingen kolumn ”{{field}}”. Välj filen igen och ange kolumnerna på nytt.',
  survey_column_repeated:
    '{{file}} importerades inte och ingenting sparades: {{columns}} kolumner heter ”{{field}}”. Ge dem olika rubriker i filen.',
  survey_column_reused:
    '{{file}} importerades inte och ingenting sparades: kolumnen ”{{field}}” används till två saker. Välj en användning för den.',
  survey_question_named_twice:
    '{{file}} importerades inte och ingenting sparades: två frågor heter ”{{question}}”. Frågorna måste ha olika namn.',
  survey_question_exists:
    '{{file}} importerades inte och ingenting sparades: projektet har redan en fråga ”{{question}}”. Ge frågan ett annat namn, eller ta först bort enkäten den kommer från.',
  survey_no_areas:
    '{{file}} importerades inte och ingenting sparades: kodboken har inga numrerade områden att para ihop svaren med.',
  survey_cells_unreadable:
    '{{file}} importerades inte och ingenting sparades: celler som inte kan läsas: {{count}}. Den första: rad {{row}}, kolumn {{field}}: $t(survey.reasons.{{reason}}).',
  survey_document_exists:
    '{{file}} importerades inte och ingenting sparades: det finns redan ett dokument ”{{document}}”. Byt namn på det först.',
};

export const en: typeof sv = {
  survey_no_id_column:
    '{{file}} was not imported and nothing was saved: choose the column that holds the respondent ID.',
  survey_no_column:
    '{{file}} was not imported and nothing was saved: the sheet has no column "{{field}}". Choose the file again and set the columns anew.',
  survey_column_repeated:
    '{{file}} was not imported and nothing was saved: {{columns}} columns are named "{{field}}". Give them different headers in the file.',
  survey_column_reused:
    '{{file}} was not imported and nothing was saved: the column "{{field}}" is used for two things. Choose one use for it.',
  survey_question_named_twice:
    '{{file}} was not imported and nothing was saved: two questions are named "{{question}}". Question names must differ.',
  survey_question_exists:
    '{{file}} was not imported and nothing was saved: the project already has a question "{{question}}". Give the question another name, or delete the questionnaire it came from first.',
  survey_no_areas:
    '{{file}} was not imported and nothing was saved: the codebook has no numbered areas to match the answers with.',
  survey_cells_unreadable:
    '{{file}} was not imported and nothing was saved: cells that cannot be read: {{count}}. The first: row {{row}}, column {{field}}: $t(survey.reasons.{{reason}}).',
  survey_document_exists:
    '{{file}} was not imported and nothing was saved: a document "{{document}}" already exists. Rename it first.',
};
