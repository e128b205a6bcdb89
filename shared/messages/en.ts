// The English wording of every message code (see index.ts). The renderer's English uses this very
// object; Swedish is in renderer/i18n/parts/messages.ts with the same keys and {{placeholders}}.
import { refiMessagesEn } from './en-refi';

export const messagesEn = {
  ...refiMessagesEn,
  // Import: what the report asks the researcher to check.
  notUtf8: '{{file}} is not UTF-8; it was read as Windows-1252 (Western European).',
  docxStyleMissing:
    '{{file}} refers to the paragraph style "{{style}}", which the file itself does not define (common in files saved by LibreOffice); those paragraphs were read as ordinary text, not as headings.',
  docxElementIgnored:
    '{{file}}: a part of the file that Kvalkod does not know ({{element}}) was left out.',
  docxTableMerge:
    '{{file}}: a table has merged cells that may not have been read correctly; check its rows.',
  docxSymbolIgnored: '{{file}}: a symbol of the font {{font}} could not be read and was left out.',
  docxFieldIgnored:
    '{{file}}: a field (such as a page number or a date) could not be read and was left out.',
  docxOther: '{{file}}: some of the formatting could not be read; all of the text was imported.',
  patternMismatch:
    '{{file}} does not fit the file-name pattern {{pattern}}; its attributes were not filled from the name.',
  nameValueInvalid:
    '{{file}}: the file name gives {{attribute}} the value "{{value}}", which it cannot take; it was left empty.',
  sameText: '{{file}} has the same text as {{documents}}, already in the project.',
  attributeFromColumn: 'A new attribute "{{attribute}}" was made from the column of that name.',
  // Attribute values, wherever they are typed or read.
  valueEmpty: '{{attribute}}: the value is empty.',
  valueNotNumber: '{{attribute}}: "{{value}}" is not a number.',
  valueNotDate: '{{attribute}}: "{{value}}" is not a date written as YYYY-MM-DD.',
  // Pseudonymisation: the copy's report.
  pseudoKeyBesideCopy:
    "The key is in the same folder as the copy ({{folder}}): keep it apart, where the copy's readers cannot reach it.",
  pseudoAcceptedNotFound: '"{{text}}" is accepted but occurs nowhere in the project.',
  pseudoSpeakerMerged: 'In "{{document}}", two speakers became one: {{label}}.',
  pseudoDocumentRenamed: 'Two documents would both be named "{{name}}"; one is named "{{as}}".',
  // History: what each change did, for Undo, Redo and the audit trail.
  codedPassage: 'Coded a passage with "{{code}}"',
  codedInVivo: 'Coded a passage in vivo: "{{code}}"',
  codedPassageCodes: 'Coded a passage with {{count}} codes',
  passageCodesChanged: "Changed a passage's codes",
  passageMemoEdited: "Edited a passage's memo",
  passageMoved: "Moved a passage's boundaries",
  passagesRemoved_one: 'Removed a passage',
  passagesRemoved_other: 'Removed {{count}} passages',
  autocoded_one: 'Autocoded a passage with "{{code}}"',
  autocoded_other: 'Autocoded {{count}} passages with "{{code}}"',
  codeCreated: 'Created the code "{{code}}"',
  codeRenamed: 'Renamed "{{from}}" to "{{to}}"',
  codeRecoloured: 'Recoloured "{{code}}"',
  codeDescribed: 'Described "{{code}}"',
  codeKeyChanged: 'Changed the key of "{{code}}"',
  codeChanged: 'Changed the code "{{code}}"',
  codeMoved: 'Moved "{{code}}"',
  codesMerged: 'Merged "{{from}}" into "{{into}}"',
  codeDeleted: 'Deleted the code "{{code}}"',
  codeDeletedWithCodes_one: 'Deleted the code "{{code}}" and one code under it',
  codeDeletedWithCodes_other: 'Deleted the code "{{code}}" and {{count}} codes under it',
  memoWritten: 'Wrote a memo on "{{target}}"',
  memoEdited: 'Edited the memo on "{{target}}"',
  memoDeleted: 'Deleted the memo on "{{target}}"',
  passageMemoWritten: 'Wrote a memo on a passage in "{{document}}"',
  passageMemoChanged: 'Edited the memo on a passage in "{{document}}"',
  passageMemoDeleted: 'Deleted the memo on a passage in "{{document}}"',
  journalWritten: 'Wrote "{{title}}" in the journal',
  journalEdited: 'Edited "{{title}}" in the journal',
  journalDeleted: 'Deleted "{{title}}" from the journal',
  codebookImported: 'Imported the codebook {{file}}',
  pseudonymDecided: 'Pseudonymisation: decided on "{{text}}"',
  pseudonymDecidedMany: 'Pseudonymisation: decided on {{count}} candidates',
  pseudonymUndecided: 'Pseudonymisation: undecided "{{text}}"',
  pseudonymUndecidedMany: 'Pseudonymisation: undecided {{count}} candidates',
  pseudonymStopWord: 'Never propose "{{word}}"',
  pseudonymStopWordRemoved: 'Propose "{{word}}" again',
  speakerRenamed: 'Renamed the speaker {{from}} to {{to}} in "{{document}}"',
  speakerMadeInterviewer: 'Made {{speaker}} an interviewer in "{{document}}"',
  speakerMadeParticipant: 'Made {{speaker}} a participant in "{{document}}"',
  speakersMerged: 'Merged the speaker {{from}} into {{into}} in "{{document}}"',
  attributeCreated: 'Created the attribute "{{attribute}}"',
  attributeSet_one: 'Set {{attribute}} for "{{document}}"',
  attributeSet_other: 'Set {{attribute}} for {{count}} documents',
  attributesFromNames_one: 'Filled attributes from the file name of one document',
  attributesFromNames_other: 'Filled attributes from the file names of {{count}} documents',
  attributesFromSheet: 'Read attributes from {{file}}',
  attributeValueRenamed: 'Renamed the value "{{from}}" of {{attribute}} to "{{to}}"',
  attributeValueMerged: 'Merged the value "{{from}}" of {{attribute}} into "{{into}}"',
  attributeValueRemoved: 'Removed the unused value "{{value}}" of {{attribute}}',
  documentsRemoved_one: 'Removed the document "{{document}}"',
  documentsRemoved_other: 'Removed {{count}} documents',
  surveyImported: 'Imported the questionnaire "{{name}}"',
  surveyRemoved: 'Deleted the questionnaire "{{name}}"',
  projectMerged:
    'Merged {{files}}: {{documents}} documents, {{codes}} codes, {{segments}} coded passages and {{memos}} memos added',
  disagreementSettledAll: "Settled a disagreement in {{document}}: kept every coder's codes",
  disagreementSettledKept: "Settled a disagreement in {{document}}: kept {{coder}}'s coding",
  // Entries saved by an earlier Kvalkod, which kept only an English line.
  earlierCoding: 'A coding change',
  earlierCodebook: 'A codebook change',
  earlierMemo: 'A memo change',
  earlierChange: 'A change',
} as const;
