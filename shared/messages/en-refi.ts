// The English wording of the REFI-QDA report's lines (import and export): what was skipped or
// changed, naming documents, codes, cases and notes by name (never by GUID). Swedish is in
// renderer/i18n/parts/messages-refi.ts with the same keys and {{placeholders}}.
export const refiMessagesEn = {
  refiMore_one: '…and one more like the one above.',
  refiMore_other: '…and {{count}} more like the one above.',
  // The file's own structure.
  refiCodeNoGuid: 'The code "{{code}}" has no valid GUID; it was given a new one.',
  refiSourceNoGuid: '"{{document}}" has no valid GUID; it was given a new one.',
  refiSelectionNoGuid: 'A selection in "{{document}}" has no valid GUID; it was given a new one.',
  refiCaseNoGuid: 'The case "{{case}}" has no valid GUID; it was given a new one.',
  refiVariableNoGuid: 'The variable "{{variable}}" has no valid GUID; it was given a new one.',
  refiCodesTooDeep: 'The codebook is nested deeper than 64 levels; the deeper codes were left out.',
  refiSelectionNoPositions: 'A selection in "{{document}}" has no valid positions; it was skipped.',
  refiSetsNotKept_one: 'A set{{names}} was not imported: Kvalkod does not keep sets.',
  refiSetsNotKept_other: '{{count}} sets{{names}} were not imported: Kvalkod does not keep sets.',
  refiLinksNotKept_one: 'A link{{names}} was not imported: Kvalkod does not keep links.',
  refiLinksNotKept_other:
    '{{count}} links{{names}} were not imported: Kvalkod does not keep links.',
  refiGraphsNotKept_one: 'A graph{{names}} was not imported: Kvalkod does not keep graphs.',
  refiGraphsNotKept_other:
    '{{count}} graphs{{names}} were not imported: Kvalkod does not keep graphs.',
  // Sources and their selections.
  refiSourceNotText: '"{{document}}" ({{kind}}) was skipped: Kvalkod holds plain text only.',
  refiSourceOnlyRich:
    '"{{document}}" was skipped: the file holds only its styled text ({{path}}), not the plain text the standard asks to go with it.',
  refiSourceNoPath: '"{{document}}" was skipped: the file gives no path to its text.',
  refiSourceOutside: '"{{document}}" was skipped: its text is not inside the .qdpx ({{path}}).',
  refiSourceUnsafePath:
    '"{{document}}" was skipped: its path {{path}} points outside the sources folder.',
  refiSourceFileMissing: '"{{document}}" was skipped: sources/{{file}} is not in the .qdpx.',
  refiSourceNotUtf8:
    '"{{document}}" is not UTF-8 as the standard requires; it was read as {{encoding}}.',
  refiSourceBinary: '"{{document}}" was skipped: sources/{{file}} is not text.',
  refiCodingMissingCode:
    '"{{document}}": a coding refers to a code that is not in the file; it was skipped.',
  refiSelectionOutside:
    '"{{document}}" {{start}}-{{end}}: the selection lies outside the text ({{length}} characters); it was skipped.',
  refiSelectionEmpty: '"{{document}}" {{start}}-{{end}}: the selection is empty; it was skipped.',
  refiSelectionDiffers:
    '"{{document}}" {{start}}-{{end}}: the file says the passage reads "{{expected}}", but there the text reads "{{actual}}"; the passage was not stored.',
  refiSelectionNoCodes:
    '"{{document}}" {{start}}-{{end}}: the selection has no code Kvalkod could place; it was not stored as a passage.',
  refiSelectionNoCodesNoteKept:
    '"{{document}}" {{start}}-{{end}}: the selection has no code Kvalkod could place; it was not stored as a passage (its note is kept on the document).',
  refiWholeSource:
    '"{{document}}" is coded as a whole; Kvalkod keeps that as one passage over the whole text.',
  // Codes.
  refiDuplicateCodeGuid:
    'The code "{{code}}" has the GUID of another code; it was read as a code of its own.',
  refiAreaNumberTaken:
    '"{{code}}": area number {{number}} belongs to another code already; it was imported without a number.',
  refiCodesMatched_one:
    'One code of the file was already in the codebook (same name or area number) and was not added again.',
  refiCodesMatched_other:
    '{{count}} codes of the file were already in the codebook (same name or area number) and were not added again.',
  // Notes.
  refiNoteMissing:
    '"{{owner}}" refers to a note that is not in the file; the reference was skipped.',
  refiProjectNoteMissing:
    'The project refers to a note that is not in the file; the reference was skipped.',
  refiNoteWithoutText: 'The note "{{note}}" has no text in the file; it was skipped.',
  // Cases.
  refiCaseCodes:
    'The case "{{case}}": codes and selections of a case are not kept by Kvalkod (its documents and values are).',
  refiCaseSourceSkipped:
    'The case "{{case}}" refers to a source that was skipped; that reference was left out.',
  refiCaseSourceMissing:
    'The case "{{case}}" refers to a source that is not in the file; that reference was skipped.',
  // Values of a document's or a case's variables.
  refiValueNoVariable:
    '"{{document}}": a value refers to a variable that is not in the file; it was skipped.',
  refiValueWrongType:
    '"{{document}}": "{{value}}" is not a valid {{type}} value for {{attribute}}; it was skipped.',
  refiValueEmpty: '"{{document}}": the value of {{attribute}} is empty; it was skipped.',
  refiValueNotNumber:
    '"{{document}}": "{{value}}" is not a number, as {{attribute}} needs; it was skipped.',
  refiValueNotDate:
    '"{{document}}": "{{value}}" is not a date written as YYYY-MM-DD, as {{attribute}} needs; it was skipped.',
  refiValueOnlyOne: '"{{document}}": {{attribute}} takes one value; "{{value}}" was not kept.',
  refiCaseValueNoVariable:
    'The case "{{case}}": a value refers to a variable that is not in the file; it was skipped.',
  refiCaseValueWrongType:
    'The case "{{case}}": "{{value}}" is not a valid {{type}} value for {{attribute}}; it was skipped.',
  refiCaseValueEmpty: 'The case "{{case}}": the value of {{attribute}} is empty; it was skipped.',
  refiCaseValueNotNumber:
    'The case "{{case}}": "{{value}}" is not a number, as {{attribute}} needs; it was skipped.',
  refiCaseValueNotDate:
    'The case "{{case}}": "{{value}}" is not a date written as YYYY-MM-DD, as {{attribute}} needs; it was skipped.',
  refiCaseValueOnlyOne:
    'The case "{{case}}": {{attribute}} takes one value; "{{value}}" was not kept.',
  // Export.
  refiPassageDoesNotFit:
    'A coded passage of "{{document}}" ({{start}}-{{end}}) does not fit its text and was left out.',
} as const;
