// The merge report's warnings in both languages (the CLI prints English, the window its language).
import type { TableLanguage } from '../tables/words';
import type { MergeWarning } from './merge-report';
import { fill } from './words';

const WORDS: Record<TableLanguage, Record<MergeWarning['code'], string>> = {
  sv: {
    differingDocument:
      '{{document}} i {{file}} är ett av projektets dokument (samma namn eller samma import) men med en annan text; det har inte slagits samman (kryssa i rutan för dokument med en annan text, eller ge --add-differing på kommandoraden, för att lägga till det som ett eget dokument).',
    addedDiffering:
      '{{document}} i {{file}} har en annan text än projektets dokument och lades till som {{added}}.',
    codeRenamed:
      'Koden {{theirs}} i {{file}} motsvarar {{ours}} i projektet (samma kod, annat namn).',
    alreadyMerged: '{{file}} har redan slagits samman; inget nytt att lägga till.',
    segmentOutOfRange:
      'Ett kodat avsnitt i {{document}} ({{file}}) ligger utanför dokumentets text och hoppades över.',
    uncodedSegment: 'Ett avsnitt utan koder i {{document}} ({{file}}) hoppades över.',
  },
  en: {
    differingDocument:
      '{{document}} in {{file}} is a document of the project (same name or same import) with a different text; it was not merged (tick the box for documents with another text, or give --add-differing on the command line, to add it as a document of its own).',
    addedDiffering:
      "{{document}} in {{file}} has a different text from the project's document and was added as {{added}}.",
    codeRenamed:
      'The code {{theirs}} in {{file}} is {{ours}} in the project (same code, another name).',
    alreadyMerged: '{{file}} has been merged before; nothing new to add.',
    segmentOutOfRange:
      'A coded passage in {{document}} ({{file}}) lies beyond the end of its text and was skipped.',
    uncodedSegment: 'A passage without codes in {{document}} ({{file}}) was skipped.',
  },
};

export function mergeWarningText(warning: MergeWarning, language: TableLanguage): string {
  return fill(WORDS[language][warning.code], warning.params);
}
