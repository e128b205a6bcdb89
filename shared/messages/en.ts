// The English wording of every message code (see index.ts). The renderer's English uses this very
// object; Swedish is in renderer/i18n/parts/messages.ts with the same keys and {{placeholders}}.
export const messagesEn = {
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
} as const;
