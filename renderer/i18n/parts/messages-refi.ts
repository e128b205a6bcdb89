// Swedish wording of the REFI-QDA report's lines (shared/messages/en-refi.ts has the English and
// the same keys and {{placeholders}}).
import type { refiMessagesEn } from '../../../shared/messages/en-refi';

export const refiMessagesSv = {
  refiMore_one: '…och en till av samma slag som den ovan.',
  refiMore_other: '…och {{count}} till av samma slag som den ovan.',
  refiCodeNoGuid: 'Koden ”{{code}}” har inget giltigt GUID; den fick ett nytt.',
  refiSourceNoGuid: '”{{document}}” har inget giltigt GUID; det fick ett nytt.',
  refiSelectionNoGuid: 'En markering i ”{{document}}” har inget giltigt GUID; den fick ett nytt.',
  refiCaseNoGuid: 'Fallet ”{{case}}” har inget giltigt GUID; det fick ett nytt.',
  refiVariableNoGuid: 'Variabeln ”{{variable}}” har inget giltigt GUID; den fick ett nytt.',
  refiCodesTooDeep: 'Kodboken är kapslad i fler än 64 nivåer; koderna längre ner lämnades bort.',
  refiSelectionNoPositions:
    'En markering i ”{{document}}” saknar giltiga positioner; den hoppades över.',
  refiSetsNotKept_one: 'En mängd (set){{names}} importerades inte: Kvalkod sparar inte mängder.',
  refiSetsNotKept_other:
    '{{count}} mängder (sets){{names}} importerades inte: Kvalkod sparar inte mängder.',
  refiLinksNotKept_one: 'En länk{{names}} importerades inte: Kvalkod sparar inte länkar.',
  refiLinksNotKept_other:
    '{{count}} länkar{{names}} importerades inte: Kvalkod sparar inte länkar.',
  refiGraphsNotKept_one: 'En graf{{names}} importerades inte: Kvalkod sparar inte grafer.',
  refiGraphsNotKept_other:
    '{{count}} grafer{{names}} importerades inte: Kvalkod sparar inte grafer.',
  refiSourceNotText: '”{{document}}” ({{kind}}) hoppades över: Kvalkod hanterar bara ren text.',
  refiSourceOnlyRich:
    '”{{document}}” hoppades över: filen innehåller bara den formaterade texten ({{path}}), inte den rena text som standarden kräver bredvid.',
  refiSourceNoPath: '”{{document}}” hoppades över: filen anger ingen sökväg till texten.',
  refiSourceOutside: '”{{document}}” hoppades över: texten finns inte i .qdpx-filen ({{path}}).',
  refiSourceUnsafePath:
    '”{{document}}” hoppades över: sökvägen {{path}} pekar utanför mappen sources.',
  refiSourceFileMissing: '”{{document}}” hoppades över: sources/{{file}} finns inte i .qdpx-filen.',
  refiSourceNotUtf8:
    '”{{document}}” är inte UTF-8 som standarden kräver; den lästes som {{encoding}}.',
  refiSourceBinary: '”{{document}}” hoppades över: sources/{{file}} är inte text.',
  refiCodingMissingCode:
    '”{{document}}”: en kodning hänvisar till en kod som inte finns i filen; den hoppades över.',
  refiSelectionOutside:
    '”{{document}}” {{start}}–{{end}}: markeringen ligger utanför texten ({{length}} tecken); den hoppades över.',
  refiSelectionEmpty: '”{{document}}” {{start}}–{{end}}: markeringen är tom; den hoppades över.',
  refiSelectionDiffers:
    '”{{document}}” {{start}}–{{end}}: enligt filen lyder avsnittet ”{{expected}}”, men där står ”{{actual}}”; avsnittet sparades inte.',
  refiSelectionNoCodes:
    '”{{document}}” {{start}}–{{end}}: markeringen har ingen kod som Kvalkod kunde placera; den sparades inte som avsnitt.',
  refiSelectionNoCodesNoteKept:
    '”{{document}}” {{start}}–{{end}}: markeringen har ingen kod som Kvalkod kunde placera; den sparades inte som avsnitt (dess anteckning finns kvar på dokumentet).',
  refiWholeSource:
    '”{{document}}” är kodat som helhet; Kvalkod sparar det som ett avsnitt över hela texten.',
  refiDuplicateCodeGuid:
    'Koden ”{{code}}” har samma GUID som en annan kod; den lästes in som en egen kod.',
  refiAreaNumberTaken:
    '”{{code}}”: områdesnummer {{number}} tillhör redan en annan kod; den importerades utan nummer.',
  refiCodesMatched_one:
    'En kod i filen fanns redan i kodboken (samma namn eller områdesnummer) och lades inte till igen.',
  refiCodesMatched_other:
    '{{count}} koder i filen fanns redan i kodboken (samma namn eller områdesnummer) och lades inte till igen.',
  refiNoteMissing:
    '”{{owner}}” hänvisar till en anteckning som inte finns i filen; hänvisningen hoppades över.',
  refiProjectNoteMissing:
    'Projektet hänvisar till en anteckning som inte finns i filen; hänvisningen hoppades över.',
  refiNoteWithoutText: 'Anteckningen ”{{note}}” har ingen text i filen; den hoppades över.',
  refiCaseCodes:
    'Fallet ”{{case}}”: ett falls koder och markeringar sparas inte i Kvalkod (dess dokument och värden gör det).',
  refiCaseSourceSkipped:
    'Fallet ”{{case}}” hänvisar till en källa som hoppades över; den hänvisningen lämnades bort.',
  refiCaseSourceMissing:
    'Fallet ”{{case}}” hänvisar till en källa som inte finns i filen; den hänvisningen hoppades över.',
  refiValueNoVariable:
    '”{{document}}”: ett värde hänvisar till en variabel som inte finns i filen; det hoppades över.',
  refiValueWrongType:
    '”{{document}}”: ”{{value}}” är inte ett giltigt värde av typen {{type}} för {{attribute}}; det hoppades över.',
  refiValueEmpty: '”{{document}}”: värdet för {{attribute}} är tomt; det hoppades över.',
  refiValueNotNumber:
    '”{{document}}”: ”{{value}}” är inte ett tal, som {{attribute}} kräver; det hoppades över.',
  refiValueNotDate:
    '”{{document}}”: ”{{value}}” är inte ett datum skrivet som ÅÅÅÅ-MM-DD, som {{attribute}} kräver; det hoppades över.',
  refiValueOnlyOne: '”{{document}}”: {{attribute}} har bara ett värde; ”{{value}}” behölls inte.',
  refiCaseValueNoVariable:
    'Fallet ”{{case}}”: ett värde hänvisar till en variabel som inte finns i filen; det hoppades över.',
  refiCaseValueWrongType:
    'Fallet ”{{case}}”: ”{{value}}” är inte ett giltigt värde av typen {{type}} för {{attribute}}; det hoppades över.',
  refiCaseValueEmpty: 'Fallet ”{{case}}”: värdet för {{attribute}} är tomt; det hoppades över.',
  refiCaseValueNotNumber:
    'Fallet ”{{case}}”: ”{{value}}” är inte ett tal, som {{attribute}} kräver; det hoppades över.',
  refiCaseValueNotDate:
    'Fallet ”{{case}}”: ”{{value}}” är inte ett datum skrivet som ÅÅÅÅ-MM-DD, som {{attribute}} kräver; det hoppades över.',
  refiCaseValueOnlyOne:
    'Fallet ”{{case}}”: {{attribute}} har bara ett värde; ”{{value}}” behölls inte.',
  refiPassageDoesNotFit:
    'Ett kodat avsnitt i ”{{document}}” ({{start}}–{{end}}) passar inte sin text och lämnades bort.',
} satisfies Record<keyof typeof refiMessagesEn, string>;
