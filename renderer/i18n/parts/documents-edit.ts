// Strings of one feature, Swedish and English side by side; merged into sv.ts and en.ts.
// documentsEdit: removing documents, merging speakers after asking, importing a text twice, and
// the values of attributes (rename, merge, remove).
export const sv = {
  mergeTitle: 'Slå ihop talare',
  mergeQuestion_one:
    '{{from}} har {{count}} yttrande. Det blir ett yttrande av {{into}}, och {{from}} tas bort ur intervjun. Det går att ångra.',
  mergeQuestion_other:
    '{{from}} har {{count}} yttranden. De blir yttranden av {{into}}, och {{from}} tas bort ur intervjun. Det går att ångra.',
  mergeConfirm: 'Slå ihop',
  cancel: 'Avbryt',
  remove: 'Ta bort…',
  removeHint_one: 'Ta bort det markerade dokumentet ur projektet',
  removeHint_other: 'Ta bort de {{count}} markerade dokumenten ur projektet',
  removeOneTitle: 'Ta bort dokumentet {{name}}?',
  removeTitle_one: 'Ta bort {{count}} dokument?',
  removeTitle_other: 'Ta bort {{count}} dokument?',
  removeTakes:
    'Med dem försvinner {{passages}} och {{memos}}, liksom talare och egenskapsvärden. Filerna på din dator ändras inte.',
  passages_one: '{{count}} kodat avsnitt',
  passages_other: '{{count}} kodade avsnitt',
  memos_one: '{{count}} memo',
  memos_other: '{{count}} memon',
  removeUndo: 'Det går att ångra (Ctrl+Z).',
  removeConfirm_one: 'Ta bort dokumentet',
  removeConfirm_other: 'Ta bort {{count}} dokument',
  values: 'Värden…',
  valuesTitle: 'Egenskapernas värden',
  noCategories: 'Projektet har ingen egenskap av typen kategori.',
  valuesHelp:
    'Skriv ett nytt namn för att byta namn på ett värde, eller ett annat värdes namn för att slå ihop dem. Ett värde som ingen har kan tas bort. Allt går att ångra (Ctrl+Z).',
  documents: 'Dokument',
  respondents: 'Respondenter',
  change: 'Ändra',
  renameValue: 'Nytt namn för {{value}}',
  renameValueButton: 'Byt namn',
  mergeValue: 'Slå ihop',
  removeValue: 'Ta bort värdet {{value}}',
  removeValueButton: 'Ta bort',
  inUse: 'Värdet används; byt namn eller slå ihop det i stället.',
  close: 'Stäng',
  duplicatesChecking: 'Söker efter texter som redan finns i projektet…',
  duplicatesTitle_one: 'En text finns redan i projektet',
  duplicatesTitle_other: '{{count}} texter finns redan i projektet',
  duplicatesQuestion_one:
    'Den här filen har samma text som ett dokument i projektet eller en fil vald före den (vilket namn filen än har). Vad ska hända med den?',
  duplicatesQuestion_other:
    'De här {{count}} filerna har samma text som dokument i projektet eller filer valda före dem (vilka namn filerna än har). Vad ska hända med dem?',
  duplicatesSame: 'samma text som {{documents}}',
  duplicatesSkip: 'Hoppa över',
  duplicatesImport: 'Importera som nytt dokument',
  duplicatesCancel: 'Avbryt',
  duplicatesOthers_one: 'Den andra valda filen importeras som vanligt.',
  duplicatesOthers_other: 'De {{count}} andra valda filerna importeras som vanligt.',
  newValuesTitle: 'Mönstret ger nya värden',
  newValuesHelp:
    'Stämmer de? Ett felstavat filnamn blir annars ett eget värde. Rätta filnamnet eller mönstret, eller slå ihop värdena efteråt under Värden….',
};

export const en: typeof sv = {
  mergeTitle: 'Merge speakers',
  mergeQuestion_one:
    '{{from}} has {{count}} turn. It becomes a turn of {{into}}, and {{from}} is removed from the interview. This can be undone.',
  mergeQuestion_other:
    '{{from}} has {{count}} turns. They become turns of {{into}}, and {{from}} is removed from the interview. This can be undone.',
  mergeConfirm: 'Merge',
  cancel: 'Cancel',
  remove: 'Remove…',
  removeHint_one: 'Remove the selected document from the project',
  removeHint_other: 'Remove the {{count}} selected documents from the project',
  removeOneTitle: 'Remove the document {{name}}?',
  removeTitle_one: 'Remove {{count}} document?',
  removeTitle_other: 'Remove {{count}} documents?',
  removeTakes:
    'With them go {{passages}} and {{memos}}, and their speakers and attribute values. The files on your computer are not changed.',
  passages_one: '{{count}} coded passage',
  passages_other: '{{count}} coded passages',
  memos_one: '{{count}} memo',
  memos_other: '{{count}} memos',
  removeUndo: 'This can be undone (Ctrl+Z).',
  removeConfirm_one: 'Remove the document',
  removeConfirm_other: 'Remove {{count}} documents',
  values: 'Values…',
  valuesTitle: "Attributes' values",
  noCategories: 'The project has no attribute of the type category.',
  valuesHelp:
    "Type a new name to rename a value, or another value's name to merge the two. A value nobody has can be removed. Everything can be undone (Ctrl+Z).",
  documents: 'Documents',
  respondents: 'Respondents',
  change: 'Change',
  renameValue: 'New name for {{value}}',
  renameValueButton: 'Rename',
  mergeValue: 'Merge',
  removeValue: 'Remove the value {{value}}',
  removeValueButton: 'Remove',
  inUse: 'The value is in use; rename or merge it instead.',
  close: 'Close',
  duplicatesChecking: 'Looking for texts already in the project…',
  duplicatesTitle_one: 'A text is in the project already',
  duplicatesTitle_other: '{{count}} texts are in the project already',
  duplicatesQuestion_one:
    'This file has the same text as a document in the project or a file chosen before it (whatever the file is called). What should happen to it?',
  duplicatesQuestion_other:
    'These {{count}} files have the same text as documents in the project or files chosen before them (whatever the files are called). What should happen to them?',
  duplicatesSame: 'the same text as {{documents}}',
  duplicatesSkip: 'Skip',
  duplicatesImport: 'Import as a new document',
  duplicatesCancel: 'Cancel',
  duplicatesOthers_one: 'The other chosen file is imported as usual.',
  duplicatesOthers_other: 'The {{count}} other chosen files are imported as usual.',
  newValuesTitle: 'The pattern makes new values',
  newValuesHelp:
    'Are they right? A misspelt file name otherwise becomes a value of its own. Correct the file name or the pattern, or merge the values afterwards under Values….',
};
